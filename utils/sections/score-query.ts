/**
 * A query's best entries in one walk of the index: each posting of each term the query expands to is scored once,
 * with MiniSearch's BM25+ (the same formula, weights and order of additions, so the same scores to the last bit and
 * the same order among equal scores as its `search`), and only the `limit` best are kept.
 * MiniSearch's own search scores every posting into a result object per entry, then drops most of them (the
 * entries that lack a term, then all but the best 20): at 50,000 entries a common word has thousands.
 */
import { type Expansion, expansionsOf, type IndexTables } from './term-tree';

/** MiniSearch's default BM25+ parameters (search option `bm25`). */
const K = 1.2;
const B = 0.7;
const D = 0.5;

interface QueryTerm {
  term: string;
  completes: boolean;
  maxTypos: number | false;
}

interface ScoredEntry {
  /** The entry's number in the index. */
  entry: number;
  score: number;
  /** The index terms it matched (as typed, completed or with a typo), without repeats. */
  terms: string[];
}

/**
 * Scratch space, one slot per entry, kept per index and cleared after each query (only the slots it touched):
 * allocating it per query cost more than the walk.
 */
interface Tally {
  /** The entries' scores summed over the terms so far. */
  total: Float64Array;
  /** The current term's score for each entry it matched. */
  termScore: Float64Array;
  /** 1 + the last term that matched the entry (0: none yet). */
  matchedBy: Int32Array;
  /** How many distinct query terms matched the entry (MiniSearch multiplies the score by it). */
  distinctTerms: Uint8Array;
  /**
   * The entries the current query matched, in the order first matched: the slots to clear after it, and
   * MiniSearch's order among equal scores when any term may match.
   */
  touched: number[];
}

/**
 * Adds one term's matches to the tally and returns the entries it matched, in the order MiniSearch first scores
 * them. `everyTerm`: only the entries every earlier term matched are scored.
 */
function walkTerm(
  tables: IndexTables,
  expansions: readonly Expansion[],
  index: number,
  everyTerm: boolean,
  tally: Tally,
): number[] {
  const { total, termScore, matchedBy } = tally;
  const { entryOf, documentCount } = tables;
  const matched: number[] = [];
  for (const { weight, data } of expansions) {
    for (const field of tables.fields) {
      const postings = data.get(field.id);
      if (!postings) continue;
      const inverseFrequency = Math.log(1 + (documentCount - postings.size + 0.5) / (postings.size + 0.5));
      const fieldWeight = weight * field.boost;
      for (const [shortId, frequency] of postings) {
        const entry = entryOf[shortId] ?? -1;
        if (entry < 0 || (everyTerm && (matchedBy[entry] ?? 0) < index)) continue;
        const length = field.lengths[shortId] ?? 0;
        // MiniSearch's calcBM25Score and termResults, term for term.
        const raw =
          inverseFrequency *
          (D + (frequency * (K + 1)) / (frequency + K * (1 - B + (B * length) / field.averageLength)));
        if (matchedBy[entry] !== index + 1) {
          if (matchedBy[entry] === 0) tally.touched.push(entry);
          matchedBy[entry] = index + 1;
          termScore[entry] = 0;
          matched.push(entry);
        }
        termScore[entry] = (termScore[entry] ?? 0) + fieldWeight * raw;
      }
    }
  }
  for (const entry of matched) total[entry] = (total[entry] ?? 0) + (termScore[entry] ?? 0);
  return matched;
}

/** The `limit` entries with the highest scores, best first; among equal scores, the earlier in `order`. */
function best(order: readonly number[], scoreOf: (entry: number) => number, limit: number): number[] {
  const kept: number[] = [];
  const keptScores: number[] = [];
  for (const entry of order) {
    const score = scoreOf(entry);
    if (kept.length === limit && score <= (keptScores[limit - 1] ?? 0)) continue;
    let at = kept.length;
    while (at > 0 && (keptScores[at - 1] ?? 0) < score) at -= 1;
    kept.splice(at, 0, entry);
    keptScores.splice(at, 0, score);
    if (kept.length > limit) {
      kept.pop();
      keptScores.pop();
    }
  }
  return kept;
}

/** The index terms, among the query's expansions, that hold the entry (in walk order, once each). */
function termsOf(tables: IndexTables, entry: number, expansions: readonly Expansion[][]): string[] {
  const shortId = tables.shortIdOf[entry] ?? -1;
  const found = new Set<string>();
  for (const termExpansions of expansions) {
    for (const { found: term, data } of termExpansions) {
      if (found.has(term)) continue;
      for (const postings of data.values()) {
        if (postings.has(shortId)) {
          found.add(term);
          break;
        }
      }
    }
  }
  return [...found];
}

/**
 * The best `limit` entries for the query terms: matching every term (`everyTerm`, MiniSearch's AND) or any of
 * them (OR, the entries matching more distinct terms scored higher).
 */
export function scoreQuery(
  tables: IndexTables,
  terms: readonly QueryTerm[],
  everyTerm: boolean,
  limit: number,
): ScoredEntry[] {
  const tally = tallyFor(tables);
  try {
    return scoreInto(tally, tables, terms, everyTerm, limit);
  } finally {
    for (const entry of tally.touched) {
      tally.total[entry] = 0;
      tally.matchedBy[entry] = 0;
      tally.distinctTerms[entry] = 0;
    }
    tally.touched = [];
  }
}

const tallies = new WeakMap<IndexTables, Tally>();

function tallyFor(tables: IndexTables): Tally {
  let tally = tallies.get(tables);
  if (!tally) {
    const count = tables.shortIdOf.length;
    tally = {
      total: new Float64Array(count),
      termScore: new Float64Array(count),
      matchedBy: new Int32Array(count),
      distinctTerms: new Uint8Array(count),
      touched: [],
    };
    tallies.set(tables, tally);
  }
  return tally;
}

function scoreInto(
  tally: Tally,
  tables: IndexTables,
  terms: readonly QueryTerm[],
  everyTerm: boolean,
  limit: number,
): ScoredEntry[] {
  const expansions = terms.map(({ term, completes, maxTypos }) => expansionsOf(tables.tree, term, completes, maxTypos));
  const distinct = new Set(terms.map(({ term }) => term)).size;
  // MiniSearch's order among equal scores: AND keeps the last term's order; OR, the order first matched.
  let lastMatched: number[] = [];
  for (const [index, termExpansions] of expansions.entries()) {
    const firstOfItsTerm = terms.findIndex(({ term }) => term === terms[index]?.term) === index;
    lastMatched = walkTerm(tables, termExpansions, index, everyTerm, tally);
    if (everyTerm && lastMatched.length === 0) return [];
    if (!everyTerm && firstOfItsTerm)
      for (const entry of lastMatched) tally.distinctTerms[entry] = (tally.distinctTerms[entry] ?? 0) + 1;
  }
  const order = everyTerm ? lastMatched : tally.touched;
  const quality = (entry: number) => (everyTerm ? distinct : (tally.distinctTerms[entry] ?? 0));
  const scoreOf = (entry: number) => (tally.total[entry] ?? 0) * quality(entry);
  return best(order, scoreOf, limit).map((entry) => ({
    entry,
    score: scoreOf(entry),
    terms: termsOf(tables, entry, expansions),
  }));
}
