/**
 * Pure counting: sanitized events into per-day counts, merging, and the size bounds. Nothing here reads a clock
 * or storage; the day is an argument.
 */
import { LIMITS } from './limits';
import type { DayCounts, IndicatorEvent } from './types';

export function emptyDay(day: string): DayCounts {
  return { day, newsViews: [], launches: [], emptySearches: { count: 0, queries: [] }, guidanceShown: [] };
}

const capped = (value: number) => Math.min(value, LIMITS.maxCount);

/** Adds `amount` to the entry matching `same`, or appends `created` when there is room; otherwise drops it. */
function bump<T>(list: T[], same: (entry: T) => boolean, add: (entry: T) => T, created: T, max: number): T[] {
  const index = list.findIndex(same);
  if (index >= 0) return list.map((entry, at) => (at === index ? add(entry) : entry));
  return list.length < max ? [...list, created] : list;
}

function addToDay(counts: DayCounts, event: IndicatorEvent, amount = 1): DayCounts {
  switch (event.kind) {
    case 'newsView':
      return {
        ...counts,
        newsViews: bump(
          counts.newsViews,
          (entry) => entry.feedId === event.feedId && entry.itemId === event.itemId,
          (entry) => ({ ...entry, ...(event.title && { title: event.title }), views: capped(entry.views + amount) }),
          { feedId: event.feedId, itemId: event.itemId, ...(event.title && { title: event.title }), views: amount },
          LIMITS.maxNewsPerDay,
        ),
      };
    case 'launch': {
      const via = event.viaEsn ? amount : 0;
      return {
        ...counts,
        launches: bump(
          counts.launches,
          (entry) => entry.toolId === event.toolId,
          (entry) => ({ ...entry, count: capped(entry.count + amount), viaEsn: capped(entry.viaEsn + via) }),
          { toolId: event.toolId, count: amount, viaEsn: via },
          LIMITS.maxToolsPerDay,
        ),
      };
    }
    case 'emptySearch': {
      const { queries } = counts.emptySearches;
      return {
        ...counts,
        emptySearches: {
          count: capped(counts.emptySearches.count + amount),
          queries: event.query
            ? bump(
                queries,
                (entry) => entry.text === event.query,
                (entry) => ({ ...entry, count: capped(entry.count + amount) }),
                { text: event.query, count: amount },
                LIMITS.maxQueriesPerDay,
              )
            : queries,
        },
      };
    }
    case 'guidanceShown':
      return {
        ...counts,
        guidanceShown: bump(
          counts.guidanceShown,
          (entry) => entry.sectionId === event.sectionId && entry.oldAddress === event.oldAddress,
          (entry) => ({ ...entry, count: capped(entry.count + amount) }),
          { sectionId: event.sectionId, oldAddress: event.oldAddress, count: amount },
          LIMITS.maxGuidancePerDay,
        ),
      };
    default:
      // 'active': the day's presence is the count.
      return counts;
  }
}

/** Keeps the days in order and only the most recent maxDays. */
function orderAndTrim(days: DayCounts[]): DayCounts[] {
  return [...days].sort((a, b) => a.day.localeCompare(b.day)).slice(-LIMITS.maxDays);
}

/** Counts one (already sanitized) event on a day. */
export function addEvent(days: DayCounts[], event: IndicatorEvent, day: string): DayCounts[] {
  const current = days.find((entry) => entry.day === day) ?? emptyDay(day);
  return orderAndTrim([...days.filter((entry) => entry.day !== day), addToDay(current, event)]);
}

/** Adds every count of `extra` to `base` (a batch that could not be sent, plus what was counted since). */
export function mergeDays(base: DayCounts[], extra: DayCounts[]): DayCounts[] {
  let merged = base;
  for (const day of extra) {
    const events: [IndicatorEvent, number][] = [
      ...day.newsViews.map((entry): [IndicatorEvent, number] => [
        { kind: 'newsView', feedId: entry.feedId, itemId: entry.itemId, ...(entry.title && { title: entry.title }) },
        entry.views,
      ]),
      ...day.launches.flatMap((entry): [IndicatorEvent, number][] => [
        [{ kind: 'launch', toolId: entry.toolId, viaEsn: true }, entry.viaEsn],
        [{ kind: 'launch', toolId: entry.toolId, viaEsn: false }, entry.count - entry.viaEsn],
      ]),
      ...day.emptySearches.queries.map((entry): [IndicatorEvent, number] => [
        { kind: 'emptySearch', query: entry.text },
        entry.count,
      ]),
      [{ kind: 'emptySearch', query: '' }, day.emptySearches.count - sumOf(day.emptySearches.queries)],
      ...day.guidanceShown.map((entry): [IndicatorEvent, number] => [
        { kind: 'guidanceShown', sectionId: entry.sectionId, oldAddress: entry.oldAddress },
        entry.count,
      ]),
    ];
    let counts = merged.find((entry) => entry.day === day.day) ?? emptyDay(day.day);
    for (const [event, amount] of events) if (amount > 0) counts = addToDay(counts, event, amount);
    merged = orderAndTrim([...merged.filter((entry) => entry.day !== day.day), counts]);
  }
  return merged;
}

function sumOf(queries: { count: number }[]): number {
  return queries.reduce((total, entry) => total + entry.count, 0);
}
