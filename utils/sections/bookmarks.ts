/**
 * Updating the user's bookmarks that still point to a section's old address. The bookmarks permission is
 * optional: it is asked for only when the user clicks, and only then are bookmarks read.
 */
import { type Browser, browser } from 'wxt/browser';
import type { SectionEntry } from '../config/schema';
import { isOldAddress } from './old-address';

type BookmarkNode = Browser.bookmarks.BookmarkTreeNode;

/** The bookmarks (not folders) of a tree that point to an old address of the entry. */
export function bookmarksToUpdate(tree: readonly BookmarkNode[], entry: SectionEntry): { id: string; url: string }[] {
  const found: { id: string; url: string }[] = [];
  const walk = (nodes: readonly BookmarkNode[]) => {
    for (const node of nodes) {
      if (node.url && isOldAddress(node.url, entry)) found.push({ id: node.id, url: node.url });
      if (node.children) walk(node.children);
    }
  };
  walk(tree);
  return found;
}

export type BookmarkUpdate = { kind: 'updated'; count: number } | { kind: 'declined' };

/** Must be called from the click handler itself: the permission prompt needs the user's gesture. */
export async function updateOldBookmarks(entry: SectionEntry): Promise<BookmarkUpdate> {
  const granted = await browser.permissions.request({ permissions: ['bookmarks'] });
  if (!granted) return { kind: 'declined' };
  const targets = bookmarksToUpdate(await browser.bookmarks.getTree(), entry);
  for (const target of targets) await browser.bookmarks.update(target.id, { url: entry.newUrl });
  return { kind: 'updated', count: targets.length };
}
