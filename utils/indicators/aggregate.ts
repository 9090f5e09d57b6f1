/**
 * Pure counting: sanitized events into per-day counts, merging, and the size bounds. Nothing here reads a clock
 * or storage; the day is an argument.
 */
import { LIMITS } from './limits';
import type { DayCounts, IndicatorEvent } from './types';
import { ESN_TAB } from './vocabulary';

function emptyDay(day: string): DayCounts {
  return {
    day,
    newsViews: [],
    launches: [],
    paths: [],
    sequences: [],
    emptySearches: { count: 0, queries: [] },
    guidanceShown: [],
  };
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
    case 'newsView': {
      // Once per post per day: a second reading only upgrades "read on the ESN" to the Passerelle path.
      const { feedId, itemId, title, via } = event;
      return {
        ...counts,
        newsViews: bump(
          counts.newsViews,
          (entry) => entry.feedId === feedId && entry.itemId === itemId,
          (entry) => ({ ...entry, ...(title && { title }), via: entry.via === ESN_TAB ? via : entry.via }),
          { feedId, itemId, ...(title && { title }), via, views: 1 },
          LIMITS.maxNewsPerDay,
        ),
      };
    }
    case 'path': {
      const { from, to, id } = event;
      return {
        ...counts,
        paths: bump(
          counts.paths,
          (entry) => entry.from === from && entry.to === to && entry.id === id,
          (entry) => ({ ...entry, count: capped(entry.count + amount) }),
          { from, to, ...(id !== undefined && { id }), count: amount },
          LIMITS.maxPathsPerDay,
        ),
      };
    }
    case 'sequence':
      return {
        ...counts,
        sequences: bump(
          counts.sequences,
          (entry) => entry.sequence === event.sequence,
          (entry) => ({ ...entry, count: capped(entry.count + amount) }),
          { sequence: event.sequence, count: amount },
          LIMITS.maxPathsPerDay,
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
        {
          kind: 'newsView',
          feedId: entry.feedId,
          itemId: entry.itemId,
          ...(entry.title && { title: entry.title }),
          via: entry.via,
        },
        entry.views,
      ]),
      ...day.paths.map((entry): [IndicatorEvent, number] => [
        { kind: 'path', from: entry.from, to: entry.to, ...(entry.id !== undefined && { id: entry.id }) },
        entry.count,
      ]),
      ...day.sequences.map((entry): [IndicatorEvent, number] => [
        { kind: 'sequence', sequence: entry.sequence },
        entry.count,
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
