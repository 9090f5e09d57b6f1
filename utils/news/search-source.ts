/**
 * News titles as a source of the popup's one search box, built from the items of the news slice (the popup has
 * them already: no parser, no IndexedDB in the popup's bundle). Every term must match: titles are short.
 */
import { createMiniSearchSource } from '../search/minisearch-source';
import type { SearchSource } from '../search/source';
import type { NewsItemView } from './slice';

export function createNewsSearchSource(
  items: readonly NewsItemView[],
  feedLabel: (feedId: string) => string,
): SearchSource {
  return createMiniSearchSource({
    kind: 'news',
    items,
    idOf: (item) => item.key,
    fields: { title: (item) => item.title },
    include: (item) => Boolean(item.title),
    combineWith: 'AND',
    toResult: (item, hit) => ({ title: item.title, detail: feedLabel(item.feedId), matchedTerms: hit.terms }),
  });
}
