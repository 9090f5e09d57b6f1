/**
 * The MiniSearch index of the sections: titles in every language (boosted most), aliases, keywords, then the
 * words of the old addresses. Built once in the background, stored serialised, loaded as is (never rebuilt).
 * Entries are numbered by their place in the list (MiniSearch ids), which keeps the per-query bookkeeping in
 * plain arrays; `ids` maps the numbers back to the entries' ids.
 */
import MiniSearch, { type AsPlainObject, type Options, type SearchOptions } from 'minisearch';
import type { SectionEntry } from '../config/schema';
import { allVariants } from '../i18n/localized-text';
import { best, entriesMatchingAll, entriesMatchingAny } from './candidates';
import { lookUpIn } from './term-tree';
import { fuzzyOf, pathText, prefixOf, processTerm, tokenize } from './terms';

interface SectionDocument {
  /** The entry's place in the list. */
  id: number;
  title: string;
  aliases: string;
  keywords: string;
  paths: string;
}

/**
 * What `toDocument` makes of an entry. An index stored with another format is not used, and is rebuilt at the
 * next refresh even when the file did not change (1: every word in every field, string ids; 2: each word once, in
 * its most telling field, numbered entries).
 */
export const SECTIONS_INDEX_FORMAT = 2;

/** Ranking: title, then aliases, then keywords, then old paths. */
export const SECTION_BOOST = { title: 5, aliases: 3, keywords: 1.5, paths: 1 };

const EXACT_AND_PREFIX: SearchOptions = {
  boost: SECTION_BOOST,
  prefix: prefixOf,
  combineWith: 'AND',
};

const TYPO_TOLERANT: SearchOptions = { ...EXACT_AND_PREFIX, fuzzy: fuzzyOf, maxFuzzy: 1 };

const ANY_TERM: SearchOptions = { ...TYPO_TOLERANT, combineWith: 'OR' };

export const SECTION_INDEX_OPTIONS: Options<SectionDocument> = {
  fields: ['title', 'aliases', 'keywords', 'paths'],
  tokenize,
  processTerm,
  searchOptions: EXACT_AND_PREFIX,
};

/**
 * Each word counts once per entry, in the most telling field it appears in (title, aliases, keywords, then old
 * paths): an old path repeating the title ("/rh/cantine/menus.aspx") adds nothing to find or rank the entry, but
 * would add postings that every query on that word has to score (a third fewer at 50,000 entries).
 */
function toDocument(entry: SectionEntry): Omit<SectionDocument, 'id'> {
  const seen = new Set<string>();
  const unseenWords = (text: string, keepAll = false): string =>
    tokenize(text)
      .filter((word) => {
        const term = processTerm(word);
        if (term === null || (seen.has(term) && !keepAll)) return false;
        seen.add(term);
        return true;
      })
      .join(' ');
  return {
    // The title keeps its repeated words (French and English alike): how often a word is in it ranks it.
    title: unseenWords(allVariants(entry.title).join(' '), true),
    aliases: unseenWords((entry.aliases ?? []).join(' ')),
    keywords: unseenWords((entry.keywords ?? []).join(' ')),
    paths: unseenWords([...(entry.oldUrls ?? []), ...(entry.oldUrlPrefixes ?? [])].map(pathText).join(' ')),
  };
}

const wordCount = (text: string): number => (text === '' ? 0 : text.split(' ').length);

export interface SectionsIndex {
  miniSearch: MiniSearch<SectionDocument>;
  /** The entries' ids, by their number in the index. */
  ids: readonly string[];
}

/**
 * Entries are numbered shortest title first: when a query matches more entries than are ranked, the ones kept
 * among equally good matches are those BM25 ranks higher anyway (a short title: "Budget" before "Budget 2026
 * of the Lyon plant").
 */
export function buildSectionsIndex(entries: readonly SectionEntry[]): SectionsIndex {
  const documents = entries.map((entry) => ({ entry, fields: toDocument(entry) }));
  documents.sort((a, b) => wordCount(a.fields.title) - wordCount(b.fields.title));
  const miniSearch = new MiniSearch<SectionDocument>(SECTION_INDEX_OPTIONS);
  miniSearch.addAll(documents.map(({ fields }, position) => ({ id: position, ...fields })));
  return { miniSearch, ids: documents.map(({ entry }) => entry.id) };
}

export function serializeSectionsIndex(index: SectionsIndex): AsPlainObject {
  return index.miniSearch.toJSON();
}

/** `ids`: the entries' ids in the order the index was built from (the stored display list). */
export function loadSectionsIndex(json: string, ids: readonly string[]): SectionsIndex {
  return { miniSearch: MiniSearch.loadJSON<SectionDocument>(json, SECTION_INDEX_OPTIONS), ids };
}

/** The same, yielding now and then: a page sharing the thread stays responsive while a large index loads. */
export async function loadSectionsIndexAsync(json: string, ids: readonly string[]): Promise<SectionsIndex> {
  return { miniSearch: await MiniSearch.loadJSONAsync<SectionDocument>(json, SECTION_INDEX_OPTIONS), ids };
}

export interface SectionHit {
  id: string;
  score: number;
  /** The processed query terms as found in the index. */
  terms: string[];
}

/** The query's terms as MiniSearch sees them (same tokenizer and processing). */
function queryTerms(query: string): string[] {
  return tokenize(query).flatMap((word) => processTerm(word) ?? []);
}

/**
 * Beyond this many entries matching every term, only this many are ranked (those matching best): ranking them all
 * costs milliseconds at 50,000 entries and changes nothing the user sees of a query that common.
 */
export const MAX_RANKED = 500;

/**
 * One pass: the entries it may return are found first (cheap), then only they (at most MAX_RANKED, those matching
 * best) are scored, by MiniSearch, to the same scores as MiniSearch alone. When every term must match, that also
 * leaves out the entries that match only some of them, which MiniSearch would score before dropping them.
 */
function searchPass(
  { miniSearch }: SectionsIndex,
  query: string,
  options: SearchOptions,
  { fuzzy, everyTerm }: { fuzzy: boolean; everyTerm: boolean },
) {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const find = everyTerm ? entriesMatchingAll : entriesMatchingAny;
  const found = find(terms, lookUpIn(miniSearch, fuzzy), miniSearch.documentCount);
  if (found.entries.length === 0) return [];
  const leavesSomeOut = found.entries.length > MAX_RANKED || (everyTerm && terms.length > 1);
  if (!leavesSomeOut) return miniSearch.search(query, options);
  const ranked = best(found, MAX_RANKED);
  return miniSearch.search(query, { ...options, boostDocument: (entry: number) => ranked[entry] ?? 0 });
}

/**
 * Every query term must match (precise as you type); when nothing does, typos are tolerated; when still nothing
 * does, any term may match. The cheap pass answers most queries.
 */
export function searchSections(index: SectionsIndex, query: string, limit: number): SectionHit[] {
  const passes = [
    () => searchPass(index, query, EXACT_AND_PREFIX, { fuzzy: false, everyTerm: true }),
    () => searchPass(index, query, TYPO_TOLERANT, { fuzzy: true, everyTerm: true }),
    () => searchPass(index, query, ANY_TERM, { fuzzy: true, everyTerm: false }),
  ];
  for (const pass of passes) {
    const hits = pass();
    if (hits.length > 0) {
      return hits.slice(0, limit).flatMap((hit) => {
        const id = index.ids[hit.id as number];
        return id === undefined ? [] : [{ id, score: hit.score, terms: hit.terms }];
      });
    }
  }
  return [];
}
