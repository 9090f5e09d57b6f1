/**
 * What search-index.ts's `toDocument` makes of an entry. An index stored with another format is not used, and is
 * rebuilt at the next refresh even when the file did not change (1: every word in every field, string ids; 2: each
 * word once, in its most telling field, numbered entries). Apart from search-index.ts, which the background loads
 * only to search (utils/lazy/lazy-scripts.ts), so that deciding whether to rebuild does not load it.
 */
export const SECTIONS_INDEX_FORMAT = 2;
