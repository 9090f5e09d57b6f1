import type { Tool } from '../config/schema';
import type { Language } from '../i18n/translator';
import type { LaunchDisposition } from '../tabs/disposition';
import { createToolSource } from './tool-source';

export const OMNIBOX_SUGGESTIONS = 6;

/** Prefix of a suggestion's content, so a chosen suggestion is told apart from typed text. */
const TOOL_PREFIX = 'tool:';

export interface OmniboxSuggestion {
  content: string;
  description: string;
}

/** Chromium reads descriptions as XML; Firefox shows them as plain text. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export function omniboxSuggestions(
  tools: readonly Tool[],
  text: string,
  language: Language,
  describe: (label: string, detail: string | undefined) => string,
): OmniboxSuggestion[] {
  return createToolSource(tools, language)
    .search(text, OMNIBOX_SUGGESTIONS)
    .map((result) => ({ content: `${TOOL_PREFIX}${result.id}`, description: describe(result.title, result.detail) }));
}

/** The tool an entered text designates: a chosen suggestion, or the best match of what was typed. */
export function toolForOmniboxInput(tools: readonly Tool[], text: string, language: Language): string | null {
  if (text.startsWith(TOOL_PREFIX)) {
    const id = text.slice(TOOL_PREFIX.length);
    return tools.some((tool) => tool.id === id) ? id : null;
  }
  return createToolSource(tools, language).search(text, 1)[0]?.id ?? null;
}

/** The address bar's own dispositions, as the launcher's. */
export function omniboxDisposition(disposition: string): LaunchDisposition {
  if (disposition === 'newForegroundTab') return 'newTab';
  if (disposition === 'newBackgroundTab') return 'backgroundTab';
  return 'currentTab';
}
