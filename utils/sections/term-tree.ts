/**
 * MiniSearch's index read directly (7.2 internals; package.json pins the exact version): its term tree, and the
 * tables its BM25+ scoring reads, laid out once per index in typed arrays so that a query reads them without a Map
 * lookup per entry (score-query.ts).
 */
import type MiniSearch from 'minisearch';

/** Per field number, the entries (MiniSearch's short ids) holding a term, with its frequency. */
type TermData = Map<number, Map<number, number>>;

/** The parts of MiniSearch's index read here (7.2). */
interface IndexInternals {
  _index: {
    get(term: string): TermData | undefined;
    atPrefix(prefix: string): Iterable<[string, TermData]>;
    fuzzyGet(term: string, maxDistance: number): Map<string, [TermData, number]>;
  };
  _fieldIds: Record<string, number>;
  _documentIds: Map<number, unknown>;
  _documentCount: number;
  _nextId: number;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
}

interface ScoredField {
  id: number;
  boost: number;
  /** Per short id, the field's length in words. */
  lengths: Float64Array;
  averageLength: number;
}

export interface IndexTables {
  tree: IndexInternals['_index'];
  /** In the order MiniSearch scores them (its `fields` option), with their boosts. */
  fields: ScoredField[];
  /** Per short id, the entry's number (its MiniSearch id). */
  entryOf: Int32Array;
  /** Per entry number, its short id. */
  shortIdOf: Int32Array;
  documentCount: number;
}

/** `boost`: per field, as in the search options (MiniSearch gives a field without one a boost of 1). */
export function readIndexTables(
  miniSearch: MiniSearch,
  fields: readonly string[],
  boost: Record<string, number>,
): IndexTables {
  const internals = miniSearch as unknown as IndexInternals;
  const entryOf = new Int32Array(internals._nextId).fill(-1);
  const shortIdOf = new Int32Array(internals._documentCount).fill(-1);
  for (const [shortId, id] of internals._documentIds) {
    entryOf[shortId] = id as number;
    shortIdOf[id as number] = shortId;
  }
  const scored = fields.map((field) => {
    const id = internals._fieldIds[field] as number;
    const lengths = new Float64Array(internals._nextId);
    for (const [shortId, perField] of internals._fieldLength) lengths[shortId] = perField[id] ?? 0;
    return { id, boost: boost[field] ?? 1, lengths, averageLength: internals._avgFieldLength[id] ?? 0 };
  });
  return {
    tree: internals._index,
    fields: scored,
    entryOf,
    shortIdOf,
    documentCount: internals._documentCount,
  };
}

/** A term of the index a query term matches, with the weight MiniSearch gives that match. */
export interface Expansion {
  found: string;
  weight: number;
  data: TermData;
}

/** MiniSearch's default weights of a completion and of a typo (search options `weights`). */
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;

/**
 * The index terms `term` expands to, in the order and with the weights of MiniSearch's `executeQuerySpec`: as typed
 * (1), its completions, then its typos that are not completions. `maxTypos`: false for none.
 */
export function expansionsOf(
  tree: IndexTables['tree'],
  term: string,
  completes: boolean,
  maxTypos: number | false,
): Expansion[] {
  const expansions: Expansion[] = [];
  const exact = tree.get(term);
  if (exact) expansions.push({ found: term, weight: 1, data: exact });
  const completions = new Set<string>();
  if (completes) {
    for (const [found, data] of tree.atPrefix(term)) {
      const distance = found.length - term.length;
      if (distance === 0) continue;
      completions.add(found);
      expansions.push({ found, weight: (PREFIX_WEIGHT * found.length) / (found.length + 0.3 * distance), data });
    }
  }
  if (maxTypos) {
    for (const [found, [data, distance]] of tree.fuzzyGet(term, maxTypos)) {
      if (distance === 0 || completions.has(found)) continue;
      expansions.push({ found, weight: (FUZZY_WEIGHT * found.length) / (found.length + distance), data });
    }
  }
  return expansions;
}
