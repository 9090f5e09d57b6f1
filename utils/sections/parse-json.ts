/**
 * The index as JSON: a list of entries in the shape of `sectionEntrySchema`, or `{ "entries": [ … ] }`.
 * Row numbers are positions in the list (first = 1).
 */
import type { ParseOutcome } from './index-issues';
import { validateRows } from './validate-entry';

function entriesOf(document: unknown): unknown[] | null {
  if (Array.isArray(document)) return document;
  if (typeof document === 'object' && document !== null && 'entries' in document && Array.isArray(document.entries)) {
    return document.entries;
  }
  return null;
}

export function parseSectionsJson(text: string, allowedInsecureOrigins: readonly string[] = []): ParseOutcome {
  let document: unknown;
  try {
    document = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: `not valid JSON (${reason}) — export the file again, or check it with a JSON validator`,
    };
  }
  const list = entriesOf(document);
  if (!list)
    return {
      ok: false,
      error: 'expected a list of entries, or an object with an "entries" list — wrap the entries in [ … ]',
    };
  const outcome = validateRows(
    list.map((raw, index) => ({ row: index + 1, raw })),
    allowedInsecureOrigins,
  );
  return outcome.ok ? { ...outcome, source: { format: 'json' } } : outcome;
}
