import { describe, expect, it } from 'vitest';
import { addEvent, mergeDays } from '@/utils/indicators/aggregate';
import { localDay } from '@/utils/indicators/day';
import { LIMITS } from '@/utils/indicators/limits';
import type { DayCounts, IndicatorEvent } from '@/utils/indicators/types';

function countAll(events: IndicatorEvent[], day = '2026-11-27'): DayCounts[] {
  return events.reduce<DayCounts[]>((days, event) => addEvent(days, event, day), []);
}

describe('aggregation', () => {
  it('counts each post once a day with its path, launches per tool with the ESN route, paths, sequences and searches', () => {
    const days = countAll([
      { kind: 'newsView', feedId: 'actualites', itemId: 'a', title: 'A', via: 'esnTab' },
      { kind: 'newsView', feedId: 'actualites', itemId: 'a', via: 'newsList' },
      { kind: 'newsView', feedId: 'actualites', itemId: 'a', via: 'search' },
      { kind: 'newsView', feedId: 'actualites', itemId: 'b', via: 'notification' },
      { kind: 'launch', toolId: 'conges', viaEsn: true },
      { kind: 'launch', toolId: 'conges', viaEsn: false },
      { kind: 'path', from: 'favourite', to: 'tool', id: 'conges' },
      { kind: 'path', from: 'favourite', to: 'tool', id: 'conges' },
      { kind: 'path', from: 'omnibox', to: 'tool', id: 'conges' },
      { kind: 'path', from: 'keyboard', to: 'esnHome' },
      { kind: 'sequence', sequence: 'oldAddress>guidance>section' },
      { kind: 'emptySearch', query: 'cantine' },
      { kind: 'emptySearch', query: '' },
      { kind: 'guidanceShown', sectionId: 'rh', oldAddress: 'https://intranet.example/rh' },
    ]);
    expect(days).toEqual([
      {
        day: '2026-11-27',
        newsViews: [
          // Read on the ESN first, then opened from the news list: the Passerelle path wins, counted once.
          { feedId: 'actualites', itemId: 'a', title: 'A', via: 'newsList', views: 1 },
          { feedId: 'actualites', itemId: 'b', via: 'notification', views: 1 },
        ],
        launches: [{ toolId: 'conges', count: 2, viaEsn: 1 }],
        paths: [
          { from: 'favourite', to: 'tool', id: 'conges', count: 2 },
          { from: 'omnibox', to: 'tool', id: 'conges', count: 1 },
          { from: 'keyboard', to: 'esnHome', count: 1 },
        ],
        sequences: [{ sequence: 'oldAddress>guidance>section', count: 1 }],
        emptySearches: { count: 2, queries: [{ text: 'cantine', count: 1 }] },
        guidanceShown: [{ sectionId: 'rh', oldAddress: 'https://intranet.example/rh', count: 1 }],
      },
    ]);
  });

  it('merges a batch that could not be sent with what was counted since, a post still once a day', () => {
    const before = countAll([
      { kind: 'newsView', feedId: 'f', itemId: 'a', via: 'esnTab' },
      { kind: 'path', from: 'list', to: 'section', id: 's' },
    ]);
    const since = countAll([
      { kind: 'newsView', feedId: 'f', itemId: 'a', via: 'favourite' },
      { kind: 'path', from: 'list', to: 'section', id: 's' },
      { kind: 'sequence', sequence: 'badge>newsList>post' },
    ]);
    const [day] = mergeDays(before, since);
    expect(day?.newsViews).toEqual([{ feedId: 'f', itemId: 'a', via: 'favourite', views: 1 }]);
    expect(day?.paths).toEqual([{ from: 'list', to: 'section', id: 's', count: 2 }]);
    expect(day?.sequences).toEqual([{ sequence: 'badge>newsList>post', count: 1 }]);
  });

  it('lists a day on which Passerelle was only opened (days active)', () => {
    expect(countAll([{ kind: 'active' }, { kind: 'active' }])).toHaveLength(1);
  });

  it('rounds time to the local day', () => {
    expect(localDay(new Date(2026, 10, 27, 23, 59, 59))).toBe('2026-11-27');
    expect(localDay(new Date(2026, 10, 28, 0, 0, 0))).toBe('2026-11-28');
    expect(localDay(new Date(2026, 0, 5, 12))).toBe('2026-01-05');
  });

  it('keeps days in order and drops the oldest beyond the limit', () => {
    let days: DayCounts[] = [];
    for (let index = 0; index < LIMITS.maxDays + 5; index += 1) {
      days = addEvent(days, { kind: 'active' }, localDay(new Date(2026, 0, 1 + index)));
    }
    expect(days).toHaveLength(LIMITS.maxDays);
    expect(days[0]?.day).toBe('2026-01-06');
    expect(days.at(-1)?.day).toBe('2026-02-05');
  });

  it('drops new items once a day list is full, but keeps the existing ones', () => {
    let days: DayCounts[] = [];
    for (let index = 0; index <= LIMITS.maxNewsPerDay; index += 1) {
      days = addEvent(days, { kind: 'newsView', feedId: 'f', itemId: `i${index}`, via: 'newsList' }, '2026-11-27');
    }
    days = addEvent(days, { kind: 'newsView', feedId: 'f', itemId: 'i0', via: 'newsList' }, '2026-11-27');
    expect(days[0]?.newsViews).toHaveLength(LIMITS.maxNewsPerDay);
    expect(days[0]?.newsViews[0]).toMatchObject({ itemId: 'i0', views: 1 });
  });

  it('keeps counting searches when their text list is full', () => {
    let days: DayCounts[] = [];
    for (let index = 0; index < LIMITS.maxQueriesPerDay + 10; index += 1) {
      days = addEvent(days, { kind: 'emptySearch', query: `q${index}` }, '2026-11-27');
    }
    expect(days[0]?.emptySearches.count).toBe(LIMITS.maxQueriesPerDay + 10);
    expect(days[0]?.emptySearches.queries).toHaveLength(LIMITS.maxQueriesPerDay);
  });

  it('caps every counter', () => {
    const [day] = countAll([{ kind: 'launch', toolId: 't', viaEsn: true }]);
    const big: DayCounts[] = [
      { ...(day as DayCounts), launches: [{ toolId: 't', count: LIMITS.maxCount, viaEsn: 0 }] },
    ];
    expect(addEvent(big, { kind: 'launch', toolId: 't', viaEsn: false }, '2026-11-27')[0]?.launches[0]?.count).toBe(
      LIMITS.maxCount,
    );
  });

  it('merges a batch that failed with what was counted since', () => {
    const failed = countAll([
      { kind: 'launch', toolId: 'conges', viaEsn: true },
      { kind: 'emptySearch', query: 'cantine' },
      { kind: 'emptySearch', query: '' },
    ]);
    const since = [
      ...countAll([
        { kind: 'launch', toolId: 'conges', viaEsn: false },
        { kind: 'emptySearch', query: 'cantine' },
      ]),
      ...countAll([{ kind: 'active' }], '2026-11-28'),
    ];
    const merged = mergeDays(failed, since);
    expect(merged.map((day) => day.day)).toEqual(['2026-11-27', '2026-11-28']);
    expect(merged[0]?.launches).toEqual([{ toolId: 'conges', count: 2, viaEsn: 1 }]);
    expect(merged[0]?.emptySearches).toEqual({ count: 3, queries: [{ text: 'cantine', count: 2 }] });
    expect(mergeDays([], failed)).toEqual(failed);
  });
});
