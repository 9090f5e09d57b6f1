import { useEffect, useRef } from 'preact/hooks';
import type { Connector } from '@/utils/connector/connector';

/** A search counts as "found nothing" once the user stops typing for this long, not on every key. */
export const EMPTY_SEARCH_SETTLE_MS = 1500;

/**
 * Reports a search with no result to the usage indicators (a no-op in the background unless IT turned them on),
 * once per query and per popup opening.
 */
export function useEmptySearchIndicator(connector: Connector, query: string, empty: boolean): void {
  const reported = useRef(new Set<string>());
  useEffect(() => {
    const text = query.trim();
    if (!empty || text === '') return;
    const timer = setTimeout(() => {
      const key = text.toLowerCase();
      if (reported.current.has(key)) return;
      reported.current.add(key);
      connector.send('recordIndicator', { kind: 'emptySearch', query: text }).catch(() => undefined);
    }, EMPTY_SEARCH_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [connector, query, empty]);
}
