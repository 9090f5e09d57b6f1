/**
 * The popup's first pass over the titles (titles-record.ts), shown while the background starts and loads the full
 * index: every query term must begin a word of the title (as typed, or completed from three letters, as the index
 * completes), no typos, no aliases or old addresses. The background's answer then replaces it.
 * Entries whose titles hold every term as typed come first; within each, the index's order (shortest title first,
 * which BM25 ranks higher too). The scan stops as soon as it has `limit` of the first kind.
 */
import { MIN_PREFIX_LENGTH, processTerm, tokenize } from './terms';
import type { TitlesRecord } from './titles-record';

interface FirstPassHit {
  id: string;
  /** The title terms that matched, as the background reports them (for highlighting). */
  terms: string[];
}

interface TitlesScan {
  find(query: string, limit: number): FirstPassHit[];
}

/** The title term that `term` matches in a line (" a b c "), exact first; null when none. */
function matchIn(line: string, term: string): { found: string; exact: boolean } | null {
  if (line.includes(` ${term} `)) return { found: term, exact: true };
  if (term.length < MIN_PREFIX_LENGTH) return null;
  const start = line.indexOf(` ${term}`);
  if (start < 0) return null;
  return { found: line.slice(start + 1, line.indexOf(' ', start + 1)), exact: false };
}

export function scanTitles({ ids, titles }: TitlesRecord): TitlesScan {
  // Padded once: each term is then found with one substring search per line.
  const lines = titles.split('\n').map((line) => ` ${line} `);
  return {
    find(query, limit) {
      const terms = tokenize(query).flatMap((word) => processTerm(word) ?? []);
      if (terms.length === 0 || limit <= 0) return [];
      const asTyped: FirstPassHit[] = [];
      const completed: FirstPassHit[] = [];
      for (let entry = 0; entry < lines.length && asTyped.length < limit; entry += 1) {
        const line = lines[entry] ?? '';
        const matches = [];
        for (const term of terms) {
          const match = matchIn(line, term);
          if (!match) break;
          matches.push(match);
        }
        const id = ids[entry];
        if (matches.length < terms.length || id === undefined) continue;
        const hit = { id, terms: [...new Set(matches.map((match) => match.found))] };
        if (matches.every((match) => match.exact)) asTyped.push(hit);
        else if (completed.length < limit) completed.push(hit);
      }
      return [...asTyped, ...completed].slice(0, limit);
    },
  };
}
