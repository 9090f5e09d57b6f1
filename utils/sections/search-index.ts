/**
 * The MiniSearch index of the sections: titles in every language (boosted most), aliases, keywords, then the
 * words of the old addresses. Built once in the background, stored serialised, loaded as is (never rebuilt).
 * Entries are numbered by their place in the list (MiniSearch ids), which keeps the per-query bookkeeping in
 * plain arrays; `ids` maps the numbers back to the entries' ids.
 */
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import type { SectionEntry } from '../config/schema';
import { allVariants } from '../i18n/localized-text';
import { scoreQuery } from './score-query';
import { type IndexTables, readIndexTables } from './term-tree';
import { fuzzyOf, pathText, prefixOf, processTerm, tokenize } from './terms';

interface SectionDocument {
  /** The entry's place in the list. */
  id: number;
  title: string;
  aliases: string;
  keywords: string;
  paths: string;
}

/** Ranking: title, then aliases, then keywords, then old paths. */
export const SECTION_BOOST = { title: 5, aliases: 3, keywords: 1.5, paths: 1 };

const FIELDS = ['title', 'aliases', 'keywords', 'paths'];

/** MiniSearch's own search with these options is the first pass of `searchSections` (every term, no typo). */
const SECTION_INDEX_OPTIONS: Options<SectionDocument> = {
  fields: FIELDS,
  tokenize,
  processTerm,
  searchOptions: { boost: SECTION_BOOST, prefix: prefixOf, combineWith: 'AND' },
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
  /** What a query reads, laid out once (term-tree.ts). */
  tables: IndexTables;
  /**
   * `searchSections` on this index: the background searches through it, never importing this module (with the
   * search library, a lazy script there: utils/lazy/lazy-scripts.ts) for its wake-ups that search nothing.
   */
  search(query: string, limit: number): SectionHit[];
}

function indexOf(miniSearch: MiniSearch<SectionDocument>, ids: readonly string[]): SectionsIndex {
  const index: SectionsIndex = {
    miniSearch,
    ids,
    tables: readIndexTables(miniSearch, FIELDS, SECTION_BOOST),
    search: (query, limit) => searchSections(index, query, limit),
  };
  return index;
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
  return indexOf(
    miniSearch,
    documents.map(({ entry }) => entry.id),
  );
}

export function serializeSectionsIndex(index: SectionsIndex): AsPlainObject {
  return index.miniSearch.toJSON();
}

/** `ids`: the entries' ids in the order the index was built from (the stored display list). */
export function loadSectionsIndex(json: string, ids: readonly string[]): SectionsIndex {
  return indexOf(MiniSearch.loadJSON<SectionDocument>(json, SECTION_INDEX_OPTIONS), ids);
}

/** The same, yielding now and then: a page sharing the thread stays responsive while a large index loads. */
export async function loadSectionsIndexAsync(json: string, ids: readonly string[]): Promise<SectionsIndex> {
  return indexOf(await MiniSearch.loadJSONAsync<SectionDocument>(json, SECTION_INDEX_OPTIONS), ids);
}

interface SectionHit {
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
 * The three passes, cheapest first: every term (completed from three letters) as typed; then with one typo in a
 * word of five letters or more; then any term.
 */
const PASSES = [
  { typos: false, everyTerm: true },
  { typos: true, everyTerm: true },
  { typos: true, everyTerm: false },
];

/**
 * Every query term must match (precise as you type); when nothing does, typos are tolerated; when still nothing
 * does, any term may match. The cheap pass answers most queries. Scores and order are MiniSearch's own search with
 * the same options (score-query.ts), found in one walk of the index.
 */
export function searchSections(index: SectionsIndex, query: string, limit: number): SectionHit[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  for (const { typos, everyTerm } of PASSES) {
    const passTerms = terms.map((term) => ({ term, completes: prefixOf(term), maxTypos: typos && fuzzyOf(term) }));
    const hits = scoreQuery(index.tables, passTerms, everyTerm, limit);
    if (hits.length > 0) {
      return hits.flatMap((hit) => {
        const id = index.ids[hit.entry];
        return id === undefined ? [] : [{ id, score: hit.score, terms: hit.terms }];
      });
    }
  }
  return [];
}
