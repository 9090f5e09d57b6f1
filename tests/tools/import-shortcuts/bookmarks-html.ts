// The feed reader's decoder: every named entity of HTML text, and a number that is no character kept as written.
import { decodeEntities } from '../../../utils/news/plain-text';
import type { ParseResult, ShortcutCandidate } from './types';

const stripTags = (html: string) => decodeEntities(html.replace(/<[^>]*>/g, '')).trim();

/**
 * A browser's bookmarks export (the Netscape bookmark file every browser writes): links under nested folders.
 * The innermost folder becomes the category (not the bookmarks bar). Read with a small tokenizer: the format is flat and regular, and
 * the command runs in Node where there is no DOM.
 */
export function parseBookmarksHtml(fileName: string, html: string): ParseResult {
  const candidates: ShortcutCandidate[] = [];
  const folders: string[] = [];
  let pendingFolder: string | undefined;
  const tokens = /<h3\b([^>]*)>([\s\S]*?)<\/h3>|<dl\b[^>]*>|<\/dl>|<a\b([^>]*)>([\s\S]*?)<\/a>/gi;
  let index = 0;
  for (const match of html.matchAll(tokens)) {
    const [token, folderAttributes, folderName, attributes, linkText] = match;
    const lower = token.slice(0, 3).toLowerCase();
    if (folderName !== undefined) {
      // The bookmarks bar itself is where shortcuts live, not a category.
      pendingFolder = /PERSONAL_TOOLBAR_FOLDER/i.test(folderAttributes ?? '') ? '' : stripTags(folderName);
    } else if (lower === '<dl') {
      folders.push(pendingFolder ?? '');
      pendingFolder = undefined;
    } else if (lower === '</d') {
      folders.pop();
    } else if (attributes !== undefined) {
      index += 1;
      const href = /\bhref\s*=\s*"([^"]*)"/i.exec(attributes)?.[1];
      const label = stripTags(linkText ?? '') || (href ?? '');
      const category = folders.filter(Boolean).at(-1);
      candidates.push({
        label,
        url: decodeEntities(href ?? ''),
        origin: `${fileName} #${index}`,
        ...(category && { category }),
      });
    }
  }
  return { candidates, skipped: [] };
}
