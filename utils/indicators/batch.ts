import type { RingLabel } from '../rollout/ring-label';
import { LIMITS } from './limits';
import { BATCH_SCHEMA, type DayCounts, type IndicatorsBatch } from './types';

export function batchBytes(batch: IndicatorsBatch): number {
  return new TextEncoder().encode(JSON.stringify(batch)).length;
}

/** The day's lists that may lose entries, each with how an entry counts. */
type DetailList = 'newsViews' | 'launches' | 'paths' | 'sequences' | 'queries' | 'guidanceShown';

function listOf(day: DayCounts, name: DetailList): { count?: number; views?: number }[] {
  return name === 'queries' ? day.emptySearches.queries : day[name];
}

/** Removes the entry with the smallest count of the day's longest list; false when the day has nothing left. */
function dropSmallest(day: DayCounts): boolean {
  const names: DetailList[] = ['newsViews', 'launches', 'paths', 'sequences', 'queries', 'guidanceShown'];
  const name = names.reduce((best, candidate) =>
    listOf(day, candidate).length > listOf(day, best).length ? candidate : best,
  );
  const list = listOf(day, name);
  if (list.length === 0) return false;
  const countOf = (entry: { count?: number; views?: number }) => entry.count ?? entry.views ?? 0;
  const smallest = list.reduce(
    (best, entry, index) => (countOf(entry) < countOf(list[best] ?? entry) ? index : best),
    0,
  );
  const remove = <T>(entries: T[]) => entries.filter((_, index) => index !== smallest);
  if (name === 'queries') day.emptySearches.queries = remove(day.emptySearches.queries);
  else if (name === 'newsViews') day.newsViews = remove(day.newsViews);
  else if (name === 'launches') day.launches = remove(day.launches);
  else if (name === 'paths') day.paths = remove(day.paths);
  else if (name === 'sequences') day.sequences = remove(day.sequences);
  else day.guidanceShown = remove(day.guidanceShown);
  return true;
}

/**
 * Keeps the batch under maxBytes: the oldest days go first, then, in the last day, the least counted entries.
 * Totals (searches with no result, days active) stay true; only detail is lost, and the batch says so.
 */
function boundBatch(batch: IndicatorsBatch, maxBytes: number = LIMITS.maxBatchBytes): IndicatorsBatch {
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
/** noise: the local noise parameter in force (stated in the batch so that the report can correct for it). */
/** ring: the device's ring label, so that the report can compare the pilot group with everyone else. */
export function toBatch(
  days: DayCounts[],
  version: string,
  maxBytes?: number,
  noise = 0,
  ring: RingLabel = 'general',
): IndicatorsBatch {
  const batch: IndicatorsBatch = { schema: BATCH_SCHEMA, version, ring, daysActive: days.length, days };
  return boundBatch(noise > 0 ? { ...batch, noise } : batch, maxBytes);
}
