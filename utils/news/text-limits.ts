/**
 * Bounds on the text a feed can make Passerelle store: a 200,000-character title was stored and painted whole
 * (a 1.5-million-pixel-wide element). Applied when items are normalised, before anything is written, and to the
 * records an older version stored (migration to schema 3). Summaries are never stored: the first SUMMARY
 * characters of one only serve as the title of an item that has none.
 */
export const STORED_TEXT_LIMITS = {
  /** Characters of a stored title, ellipsis included. */
  title: 300,
  /** Characters of a summary read to make a missing title (then shortened to a title). */
  summary: 1000,
  /** Characters of one category, and how many categories an item keeps. */
  category: 100,
  categories: 20,
} as const;

const ELLIPSIS = '…';

/** `text` cut to at most `max` characters, ending with "…" when cut; never splits a surrogate pair. */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - ELLIPSIS.length);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end).trimEnd()}${ELLIPSIS}`;
}
