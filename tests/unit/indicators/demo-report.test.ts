// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { addEvent } from '@/utils/indicators/aggregate';
import { toBatch } from '@/utils/indicators/batch';
import type { DayCounts, IndicatorEvent } from '@/utils/indicators/types';
import { aggregateIndicators, NO_TEXT } from '../../demo-esn/indicators';

describe("the demo ESN's report reads Passerelle's batches", () => {
  it('sums views per post, launches, searches with and without text, guidance and days active', () => {
    const events: [IndicatorEvent, string][] = [
      [
        { kind: 'newsView', feedId: 'actualites', itemId: 'tag:x,2026:la-ruche/actualites/a', via: 'newsList' },
        '2026-11-26',
      ],
      [
        { kind: 'newsView', feedId: 'actualites', itemId: 'tag:x,2026:la-ruche/actualites/a', via: 'newsList' },
        '2026-11-27',
      ],
      [{ kind: 'launch', toolId: 'conges', viaEsn: true }, '2026-11-27'],
      [{ kind: 'launch', toolId: 'conges', viaEsn: false }, '2026-11-27'],
      [{ kind: 'emptySearch', query: 'cantine' }, '2026-11-27'],
      [{ kind: 'emptySearch', query: '' }, '2026-11-27'],
      [{ kind: 'guidanceShown', sectionId: 'rh', oldAddress: 'https://intranet.example/rh' }, '2026-11-27'],
    ];
    const days = events.reduce<DayCounts[]>((all, [event, day]) => addEvent(all, event, day), []);
    const report = aggregateIndicators([toBatch(days, '1.0.0')]);
    const table = (key: string) => Object.fromEntries(report.tables.find((entry) => entry.key === key)?.rows ?? []);
    expect(report.unrecognised).toEqual([]);
    expect(report.days).toEqual(['2026-11-26', '2026-11-27']);
    expect(table('newsViews')).toEqual({ 'tag:x,2026:la-ruche/actualites/a': 2 });
    expect(table('toolLaunches')).toEqual({ conges: 2 });
    expect(table('launchesViaEsn')).toEqual({ conges: 1 });
    expect(table('emptySearches')).toEqual({ cantine: 1, [NO_TEXT]: 1 });
    expect(table('guidanceShown')).toEqual({ 'https://intranet.example/rh': 1 });
    expect(table('activeDays')).toEqual({ '2026-11-26': 1, '2026-11-27': 1 });
  });
});
