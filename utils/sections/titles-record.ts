/**
 * The titles of the sections, stored apart from the search index: what the popup reads for its first pass while
 * the background starts (first-pass.ts). Entries are in the index's order (shortest title first) and each line
 * holds a title's terms in every language, processed as the index processes them, each once.
 */
import type { LocalizedText } from '../config/schema';
import { allVariants } from '../i18n/localized-text';
import type { SectionDisplay } from './display';
import { processTerm, tokenize } from './terms';

export interface TitlesRecord {
  /** The build of the index these titles belong to (StoredIndexMeta.builtAt). */
  builtAt: number;
  /** The entries' ids, in the index's order. */
  ids: string[];
  /** One line per entry, in the same order: its title terms separated by spaces. */
  titles: string;
}

function titleTerms(title: LocalizedText): string {
  const terms = allVariants(title).flatMap((variant) => tokenize(variant).flatMap((word) => processTerm(word) ?? []));
  return [...new Set(terms)].join(' ');
}

export function titlesRecord(builtAt: number, display: readonly SectionDisplay[]): TitlesRecord {
  return {
    builtAt,
    ids: display.map((entry) => entry.id),
    titles: display.map((entry) => titleTerms(entry.title)).join('\n'),
  };
}

/**
 * The titles of a stored index description, from its display list; null (said in the console) when that list
 * cannot be read: the background then finds the description damaged too, and rebuilds both.
 */
export function titlesOfStoredMeta(meta: { builtAt: number; display: unknown }): TitlesRecord | null {
  try {
    const display = JSON.parse(String(meta.display)) as SectionDisplay[];
    return titlesRecord(meta.builtAt, display);
  } catch (error) {
    console.warn('Passerelle: the stored sections titles could not be derived', error);
    return null;
  }
}

/** A stored record as read back: null unless it has the shape written above. */
export function checkedTitlesRecord(value: unknown): TitlesRecord | null {
  if (typeof value !== 'object' || value === null) return null;
  const { builtAt, ids, titles } = value as Partial<TitlesRecord>;
  const fits = typeof builtAt === 'number' && typeof titles === 'string' && Array.isArray(ids);
  return fits && ids.every((id) => typeof id === 'string') ? { builtAt, ids, titles } : null;
}
