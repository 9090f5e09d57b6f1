/**
 * MiniSearch's term tree (7.x internals; the version is pinned), read directly: the lookup that finds a query's
 * entries before any is scored (candidates.ts).
 */
import type MiniSearch from 'minisearch';
import type { LookUp } from './candidates';
import { fuzzyOf, prefixOf } from './terms';

/** Per field number, the entries (MiniSearch's short ids) holding a term, with its frequency. */
type TermData = Map<number, Map<number, number>>;

/** The parts of MiniSearch's index a lookup reads (7.x): its term tree, field numbers and document ids. */
interface IndexInternals {
  _index: {
    get(term: string): TermData | undefined;
    atPrefix(prefix: string): Iterable<[string, TermData]>;
    fuzzyGet(term: string, maxDistance: number): Map<string, [TermData, number]>;
  };
  _fieldIds: Record<string, number>;
  _documentIds: Map<number, unknown>;
}

/**
 * Finds a term's entries without scoring them, in MiniSearch's own term tree: the terms its search would expand
 * the term to (as typed, completions, one typo), every entry of each. Reading the tree directly costs a third of
 * going through `search` with a document boost of 0, which calls back for every entry of every term.
 */
export function lookUpIn(miniSearch: MiniSearch, fuzzy: boolean): LookUp {
  const { _index: tree, _fieldIds: fieldIds, _documentIds: documentIds } = miniSearch as unknown as IndexInternals;
  const titleField = fieldIds.title;
  return (term, note) => {
    const noteAll = (found: string, data: TermData) => {
      data.forEach((postings, field) => {
        const inTitle = field === titleField;
        for (const shortId of postings.keys()) note(documentIds.get(shortId) as number, found, inTitle);
      });
    };
    const exact = tree.get(term);
    if (exact) noteAll(term, exact);
    const prefix = prefixOf(term);
    if (prefix) for (const [found, data] of tree.atPrefix(term)) if (found !== term) noteAll(found, data);
    const distance = fuzzy ? fuzzyOf(term) : false;
    if (!distance) return;
    for (const [found, [data, away]] of tree.fuzzyGet(term, distance)) {
      // Completions were noted above, as MiniSearch scores them: as completions.
      if (away > 0 && !(prefix && found.startsWith(term))) noteAll(found, data);
    }
  };
}
