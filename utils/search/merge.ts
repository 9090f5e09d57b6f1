import type { SearchResult, SearchResultKind, SearchSource } from './source';

export interface SearchGroup {
  kind: SearchResultKind;
  results: SearchResult[];
}

/**
 * Queries every source and groups the results by kind. Raw scores are comparable only within a source, so each
 * source's scores are divided by its best one. Groups whose best result matched in its title come first, then the
 * sources' own order (tools, sections, news); the flat order (group after group) is the keyboard order.
 */
export function searchAll(sources: readonly SearchSource[], query: string, limitPerSource: number): SearchGroup[] {
  if (query.trim() === '') return [];
  const groups: { group: SearchGroup; titleMatch: number; order: number }[] = [];
  sources.forEach((source, order) => {
    const results = source.search(query, limitPerSource);
    const top = results.reduce((max, result) => Math.max(max, result.score), 0);
    if (results.length === 0 || top <= 0) return;
    const normalized = results
      .map((result) => ({ ...result, score: result.score / top }))
      .sort((a, b) => b.score - a.score);
    const best = normalized[0];
    const titleMatch = best && (best.nameMatch ?? best.matchedTerms.length > 0) ? 1 : 0;
    groups.push({ group: { kind: source.kind, results: normalized }, titleMatch, order });
  });
  return groups.sort((a, b) => b.titleMatch - a.titleMatch || a.order - b.order).map(({ group }) => group);
}
