/**
 * Which entries a query ranks, chosen without scoring. MiniSearch scores every entry that matches any term before
 * it keeps those that match them all, and scoring (not finding) is what costs: at 50,000 entries a common word
 * matches thousands. Finding is cheap (a lookup reads the index's term tree: search-index.ts), so the entries
 * that match every term are found first and only they are scored; when more than `max`
 * do, only the `max` that match best (terms in the title, found as typed) are ranked.
 * Entries are numbered 0…count-1 (their place in the index), so the bookkeeping is plain arrays.
 */

/**
 * Calls `note(entry, foundTerm, inTitle)` for each field of each entry where `term` is found: one walk of the
 * index's term tree per term (a typo-tolerant walk is the dearest part of a lookup).
 */
export type LookUp = (term: string, note: (entry: number, found: string, inTitle: boolean) => void) => void;

/** Per term: 2 when it is not in the title, 1 when it was found by completion or typo rather than as typed. */
const OUTSIDE_TITLE = 2;
const NOT_AS_TYPED = 1;
/** Per term an entry lacks (when any term may match): farther than any way of matching it. */
const MISSING = 4;
const FARTHEST = 254;

export interface Found {
  /** The entries that match every term, in index order. */
  entries: number[];
  /** Per entry: 1 + how far it is from the best match (1: every term as typed, in the title); 0: no match. */
  rank: Uint8Array;
}

export function entriesMatchingAll(terms: readonly string[], lookUp: LookUp, count: number): Found {
  let found: Found | null = null;
  for (const term of terms) {
    const previous: Uint8Array | null = found === null ? null : found.rank;
    const rank = new Uint8Array(count);
    const entries: number[] = [];
    lookUp(term, (entry, foundTerm, inTitle) => {
      const before = previous === null ? 1 : previous[entry];
      if (!before) return;
      const distance = (inTitle ? 0 : OUTSIDE_TITLE) + (foundTerm === term ? 0 : NOT_AS_TYPED);
      const next = Math.min(FARTHEST, before + distance);
      const current = rank[entry] ?? 0;
      if (current === 0) entries.push(entry);
      if (current === 0 || next < current) rank[entry] = next;
    });
    found = { entries, rank };
    if (entries.length === 0) break;
  }
  return found ?? { entries: [], rank: new Uint8Array(count) };
}

/** The entries that match at least one term (typos tolerated), those matching more terms, better, closest. */
export function entriesMatchingAny(terms: readonly string[], lookUp: LookUp, count: number): Found {
  const perTerm = terms.map((term) => entriesMatchingAll([term], lookUp, count));
  const rank = new Uint8Array(count);
  const entries: number[] = [];
  for (const { entries: matching } of perTerm) {
    for (const entry of matching) {
      if (rank[entry]) continue;
      const distance = perTerm.reduce((sum, found) => {
        const level = found.rank[entry] ?? 0;
        return sum + (level === 0 ? MISSING : level - 1);
      }, 0);
      rank[entry] = Math.min(FARTHEST, 1 + distance);
      entries.push(entry);
    }
  }
  return { entries, rank };
}

/** At most `max` of the found entries, the best first (ties in index order), as a 0/1 mask. */
export function best({ entries, rank }: Found, max: number): Uint8Array {
  const chosen = new Uint8Array(rank.length);
  if (entries.length <= max) {
    for (const entry of entries) chosen[entry] = 1;
    return chosen;
  }
  const byRank: number[][] = [];
  for (const entry of entries) {
    const level = rank[entry] ?? 0;
    const bucket = byRank[level];
    if (bucket) bucket.push(entry);
    else byRank[level] = [entry];
  }
  let left = max;
  for (const bucket of byRank) {
    if (!bucket) continue;
    // Ties in index order (shortest titles first): only the last bucket taken needs sorting.
    const taken = bucket.length <= left ? bucket : bucket.sort((a, b) => a - b).slice(0, left);
    for (const entry of taken) chosen[entry] = 1;
    left -= taken.length;
    if (left === 0) return chosen;
  }
  return chosen;
}
