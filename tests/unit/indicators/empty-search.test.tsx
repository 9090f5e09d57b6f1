import { renderHook } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_SEARCH_SETTLE_MS, useEmptySearchIndicator } from '@/components/search/use-empty-search-indicator';
import { EMPTY_SNAPSHOT } from '@/utils/snapshot/types';
import { fakeConnector } from '../adoption/support';

describe('searches with no result', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('are reported once the user stops typing, once per query', () => {
    const { connector, sent } = fakeConnector(EMPTY_SNAPSHOT);
    const { rerender } = renderHook(({ query, empty }) => useEmptySearchIndicator(connector, query, empty), {
      initialProps: { query: 'can', empty: true },
    });
    vi.advanceTimersByTime(EMPTY_SEARCH_SETTLE_MS - 1);
    rerender({ query: 'cantine', empty: true });
    vi.advanceTimersByTime(EMPTY_SEARCH_SETTLE_MS);
    rerender({ query: 'cantine ', empty: true });
    vi.advanceTimersByTime(EMPTY_SEARCH_SETTLE_MS);
    rerender({ query: 'congés', empty: false });
    vi.advanceTimersByTime(EMPTY_SEARCH_SETTLE_MS);
    expect(sent).toEqual([{ action: 'recordIndicator', data: { kind: 'emptySearch', query: 'cantine' } }]);
  });
});
