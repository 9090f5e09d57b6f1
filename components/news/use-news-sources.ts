import { useEffect, useMemo, useState } from 'preact/hooks';
import { useI18n } from '@/components/common/i18n';
import type { Connector } from '@/utils/connector/connector';
import { localize } from '@/utils/i18n/localized-text';
import type { EntryPoint } from '@/utils/indicators/vocabulary';
import type { NewsSlice } from '@/utils/news/slice';
import type { SearchResult, SearchSource } from '@/utils/search/source';
import type { LaunchDisposition } from '@/utils/tabs/disposition';

const NONE: readonly SearchSource[] = [];

/** Loaded after the first paint, out of the popup's own bundle (the search library is not needed to paint). */
const searchSourceModule = () => import('@/utils/news/search-source');

/** The news titles of the snapshot as a source of the popup's search box; empty while loading or when off. */
export function useNewsSources(news: NewsSlice, enabled: boolean): readonly SearchSource[] {
  const { language } = useI18n();
  const [sources, setSources] = useState<readonly SearchSource[]>(NONE);
  // Every snapshot read gives new arrays: rebuild the index only when the items or feed labels really change. The
  // key itself is made once per slice, not at each render (each key typed renders the popup again).
  const contentKey = useMemo(
    () => JSON.stringify([news.items.map((item) => [item.key, item.title]), news.feeds.map((f) => f.label)]),
    [news],
  );
  useEffect(() => {
    if (!enabled || news.items.length === 0) {
      setSources(NONE);
      return;
    }
    let live = true;
    const labels = new Map(news.feeds.map((feed) => [feed.id, localize(feed.label, language)]));
    searchSourceModule().then(
      ({ createNewsSearchSource }) =>
        live && setSources([createNewsSearchSource(news.items, (feedId) => labels.get(feedId) ?? '')]),
      (error: unknown) => console.error('Passerelle: could not load the news search', error),
    );
    return () => {
      live = false;
    };
  }, [contentKey, enabled, language]);
  return sources;
}

/** Opens a chosen news result where the user asked (the background opens the item and marks it read). */
export function openNewsResult(
  connector: Connector,
  result: SearchResult,
  disposition: LaunchDisposition,
  from: EntryPoint,
): void {
  if (result.kind !== 'news') return;
  connector.send('openNewsItem', { key: result.id, from, disposition }).catch((error: unknown) => console.error(error));
}
