/**
 * The address-bar keyword's suggestions, from what the launcher and the sections found: a prefixed content, so a
 * chosen suggestion is told apart from typed text, and a description formatted for the browser.
 */
import type { SearchResult } from '../search/source';
import type { LaunchDisposition } from '../tabs/disposition';

type OmniboxKind = 'tool' | 'section';

interface OmniboxSuggestion {
  content: string;
  description: string;
}

/** What the user entered: a chosen suggestion, or text typed without choosing one. */
type EnteredInput = { kind: 'tool'; id: string } | { kind: 'section'; id: string } | { kind: 'typed'; text: string };

const PREFIXES: Record<OmniboxKind, string> = { tool: 'tool:', section: 'section:' };

/** Chromium reads descriptions as XML; Firefox shows them as plain text. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export function omniboxSuggestions(
  kind: OmniboxKind,
  results: readonly Pick<SearchResult, 'id' | 'title' | 'detail'>[],
  describe: (label: string, detail: string | undefined) => string,
): OmniboxSuggestion[] {
  return results.map((result) => ({
    content: `${PREFIXES[kind]}${result.id}`,
    description: describe(result.title, result.detail || undefined),
  }));
}

export function readEnteredInput(text: string): EnteredInput {
  for (const kind of ['tool', 'section'] as const) {
    const id = text.startsWith(PREFIXES[kind]) ? text.slice(PREFIXES[kind].length) : '';
    if (id) return { kind, id };
  }
  return { kind: 'typed', text };
}

/** The address bar's own dispositions, as the launcher's. */
export function omniboxDisposition(disposition: string): LaunchDisposition {
  if (disposition === 'newForegroundTab') return 'newTab';
  if (disposition === 'newBackgroundTab') return 'backgroundTab';
  return 'currentTab';
}
