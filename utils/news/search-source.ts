/**
 * News titles as a source of the popup's one search box, built from the items of the news slice (the popup has
 * them already: no parser, no IndexedDB in the popup's bundle).
 */
import MiniSearch from 'minisearch';
import { normalizeTerm } from '../search/normalize';
import type { SearchResult, SearchSource } from '../search/source';
import type { NewsItemView } from './slice';

export function createNewsSearchSource(
  items: readonly NewsItemView[],
  feedLabel: (feedId: string) => string,
): SearchSource {
  const index = new MiniSearch<NewsItemView>({
    idField: 'key',
    fields: ['title'],
    storeFields: [],
    processTerm: (term) => normalizeTerm(term),
    searchOptions: { prefix: true, fuzzy: 0.2, combineWith: 'AND' },
  });
  index.addAll(items.filter((item) => item.title));
  const byKey = new Map(items.map((item) => [item.key, item]));
  return {
    kind: 'news',
    search(query: string, limit: number): SearchResult[] {
      if (!query.trim()) return [];
      return index
        .search(query)
        .slice(0, limit)
        .flatMap((hit): SearchResult[] => {
          const item = byKey.get(String(hit.id));
          if (!item) return [];
          return [
            {
              kind: 'news',
              id: item.key,
              title: item.title,
              detail: feedLabel(item.feedId),
              score: hit.score,
              matchedTerms: hit.terms,
            },
          ];
        });
    },
  };
}
