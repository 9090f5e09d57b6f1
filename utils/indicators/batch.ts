import { LIMITS } from './limits';
import { BATCH_SCHEMA, type DayCounts, type IndicatorsBatch } from './types';

export function batchBytes(batch: IndicatorsBatch): number {
  return new TextEncoder().encode(JSON.stringify(batch)).length;
}

/** Removes the entry with the smallest count of the day's longest list; false when the day has nothing left. */
function dropSmallest(day: DayCounts): boolean {
  const lists: { count: number }[][] = [
    day.newsViews.map((entry) => ({ count: entry.views })),
    day.launches,
    day.emptySearches.queries,
    day.guidanceShown,
  ];
  const longest = lists.reduce((best, list, index) => (list.length > (lists[best]?.length ?? 0) ? index : best), 0);
  const list = lists[longest];
  if (!list || list.length === 0) return false;
  const smallest = list.reduce((best, entry, index) => (entry.count < (list[best]?.count ?? 0) ? index : best), 0);
  const remove = <T>(entries: T[]) => entries.filter((_, index) => index !== smallest);
  if (longest === 0) day.newsViews = remove(day.newsViews);
  else if (longest === 1) day.launches = remove(day.launches);
  else if (longest === 2) day.emptySearches.queries = remove(day.emptySearches.queries);
  else day.guidanceShown = remove(day.guidanceShown);
  return true;
}

/**
 * Keeps the batch under maxBytes: the oldest days go first, then, in the last day, the least counted entries.
 * Totals (searches with no result, days active) stay true; only detail is lost, and the batch says so.
 */
export function boundBatch(batch: IndicatorsBatch, maxBytes: number = LIMITS.maxBatchBytes): IndicatorsBatch {
  if (batchBytes(batch) <= maxBytes) return batch;
  const bounded: IndicatorsBatch = { ...structuredClone(batch), truncated: true };
  while (bounded.days.length > 1 && batchBytes(bounded) > maxBytes) bounded.days.shift();
  const last = bounded.days[0];
  while (last && batchBytes(bounded) > maxBytes && dropSmallest(last)) {
    // Each round removed one entry.
  }
  return bounded;
}

/** The batch for these days, exactly as it is sent. */
export function toBatch(days: DayCounts[], version: string, maxBytes?: number): IndicatorsBatch {
  return boundBatch({ schema: BATCH_SCHEMA, version, daysActive: days.length, days }, maxBytes);
}
