// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { addEvent } from '@/utils/indicators/aggregate';
import { toBatch } from '@/utils/indicators/batch';
import type { DayCounts, IndicatorEvent } from '@/utils/indicators/types';
import { aggregateIndicators, NO_TEXT } from '../../demo-esn/indicators';
import { type DeviceDay, safeShare, safeTable } from '../../demo-esn/minimum-group';

const batchOf = (events: [IndicatorEvent, string][]) =>
  toBatch(
    events.reduce<DayCounts[]>((all, [event, day]) => addEvent(all, event, day), []),
    '1.0.0',
  );

/** Device-days of one day: `devices` of them hold `name` once. */
const deviceDays = (name: string, devices: number, day = '2026-11-27'): DeviceDay[] =>
  Array.from({ length: devices }, () => ({ day, cells: new Map([[name, 1]]) }));

describe("the demo ESN's report reads Passerelle's batches", () => {
  it('sums posts with their path, launches, paths, sequences, searches, guidance and days active', () => {
    const batch = batchOf([
      [{ kind: 'newsView', feedId: 'actualites', itemId: 'tag:x/a', via: 'newsList' }, '2026-11-26'],
      [{ kind: 'newsView', feedId: 'actualites', itemId: 'tag:x/a', via: 'esnTab' }, '2026-11-27'],
      [{ kind: 'launch', toolId: 'conges', viaEsn: true }, '2026-11-27'],
      [{ kind: 'launch', toolId: 'conges', viaEsn: false }, '2026-11-27'],
      [{ kind: 'path', from: 'favourite', to: 'tool', id: 'conges' }, '2026-11-27'],
      [{ kind: 'path', from: 'keyboard', to: 'esnHome' }, '2026-11-27'],
      [{ kind: 'sequence', sequence: 'oldAddress>guidance>section' }, '2026-11-27'],
      [{ kind: 'emptySearch', query: 'cantine' }, '2026-11-27'],
      [{ kind: 'emptySearch', query: '' }, '2026-11-27'],
      [{ kind: 'guidanceShown', sectionId: 'rh', oldAddress: 'https://intranet.example/rh' }, '2026-11-27'],
    ]);
    const report = aggregateIndicators([batch], 1);
    const table = (key: string) =>
      Object.fromEntries(
        report.tables.find((entry) => entry.key === key)?.rows.map((row) => [row.name, row.total]) ?? [],
      );
    expect(report.unrecognised).toEqual([]);
    expect(report.days).toEqual(['2026-11-26', '2026-11-27']);
    expect(table('newsViews')).toEqual({ 'tag:x/a': 2 });
    expect(table('newsViewsViaPasserelle')).toEqual({ 'tag:x/a': 1 });
    expect(table('newsViewsOnEsn')).toEqual({ 'tag:x/a': 1 });
    expect(table('toolLaunches')).toEqual({ conges: 2 });
    expect(table('launchesViaEsn')).toEqual({ conges: 1 });
    expect(table('paths')).toEqual({ 'favourite>tool>conges': 1, 'keyboard>esnHome': 1 });
    expect(table('sequences')).toEqual({ 'oldAddress>guidance>section': 1 });
    expect(table('emptySearches')).toEqual({ cantine: 1, [NO_TEXT]: 1 });
    expect(table('guidanceShown')).toEqual({ 'https://intranet.example/rh': 1 });
    expect(table('activeDays')).toEqual({ '2026-11-26': 1, '2026-11-27': 1 });
  });
});

describe('the minimum group size', () => {
  it('shows a cell only from k devices of one day, however many days a single device adds', () => {
    const week = ['21', '22', '23', '24', '25', '26', '27'].flatMap((day) => deviceDays('lonely', 1, `2026-11-${day}`));
    expect(safeTable(week, 3)).toMatchObject({ rows: [], other: { cells: 1, withheld: true }, total: null });
    expect(safeTable(deviceDays('busy', 3), 3)).toMatchObject({ rows: [{ name: 'busy', total: 3 }], other: null });
  });

  it('never lets total minus the visible cells reveal a lone hidden cell: the smallest visible one goes with it', () => {
    const records = [...deviceDays('a', 12), ...deviceDays('b', 10), ...deviceDays('c', 2)];
    const table = safeTable(records, 10);
    expect(table.rows.map((row) => row.name)).toEqual(['a']);
    // b and c are merged (12 device-days on that day: from at least 10 devices), so "other" and the total show.
    expect(table.other).toEqual({ cells: 2, total: 12 });
    expect(table.total).toBe(24);
    // No visible arithmetic isolates c: other = b + c, total = a + other.
    expect((table.total ?? 0) - (table.rows[0]?.total ?? 0)).toBe(
      table.other && 'total' in table.other ? table.other.total : -1,
    );
  });

  it('withholds "other" and the total when the hidden cells together still come from fewer than k devices', () => {
    const records = [...deviceDays('a', 15), ...deviceDays('b', 11), ...deviceDays('c', 2), ...deviceDays('d', 3)];
    const table = safeTable(records, 10);
    expect(table.rows.map((row) => row.name)).toEqual(['a', 'b']);
    expect(table.other).toEqual({ cells: 2, withheld: true });
    expect(table.total).toBeNull();
  });

  it('shows a share only when its part and the rest are each empty or from k devices', () => {
    const whole = { name: 'p', total: 20, devices: 20 };
    expect(safeShare({ ...whole, total: 15, devices: 15 }, whole, { ...whole, total: 5, devices: 5 }, 10)).toBeNull();
    expect(safeShare({ ...whole, total: 10, devices: 10 }, whole, { ...whole, total: 10, devices: 10 }, 10)).toBe(0.5);
    expect(safeShare(whole, whole, undefined, 10)).toBe(1);
  });

  it('applies to every table of a real report: no shown row, "other" or total comes from fewer than k devices', () => {
    const batches = Array.from({ length: 12 }, (_, device) =>
      batchOf([
        [{ kind: 'newsView', feedId: 'f', itemId: device < 11 ? 'popular' : 'rare', via: 'newsList' }, '2026-11-27'],
        [{ kind: 'launch', toolId: device < 10 ? 'conges' : `tool-${device}`, viaEsn: true }, '2026-11-27'],
        [{ kind: 'path', from: device === 0 ? 'omnibox' : 'favourite', to: 'tool', id: 'conges' }, '2026-11-27'],
        [{ kind: 'sequence', sequence: 'badge>newsList>post' }, '2026-11-27'],
        [{ kind: 'emptySearch', query: device === 3 ? 'secret' : '' }, '2026-11-27'],
        [{ kind: 'guidanceShown', sectionId: 's', oldAddress: `https://old.example/${device % 2}` }, '2026-11-27'],
      ]),
    );
    const report = aggregateIndicators(batches, 10);
    for (const table of report.tables) {
      const records = report.records.get(table.key) ?? [];
      for (const row of table.rows) expect(row.devices, `${table.key} ${row.name}`).toBeGreaterThanOrEqual(10);
      if (table.other && 'total' in table.other) {
        const hidden = [...new Set(records.flatMap((record) => [...record.cells.keys()]))].filter(
          (name) => !table.rows.some((row) => row.name === name),
        );
        expect(hidden.length, table.key).toBeGreaterThanOrEqual(2);
      }
      if (table.other && 'withheld' in table.other) expect(table.total, table.key).toBeNull();
    }
    const shown = (key: string) => {
      const table = report.tables.find((entry) => entry.key === key);
      return { rows: table?.rows.map((row) => [row.name, row.total]), other: table?.other, total: table?.total };
    };
    // conges from 10 devices shows; the two single-device tools are merged, but come from 2 devices: withheld.
    expect(shown('toolLaunches')).toEqual({ rows: [['conges', 10]], other: { cells: 2, withheld: true }, total: null });
    // One rare post next to a popular one: the popular one is merged with it rather than left for subtraction.
    expect(shown('newsViews')).toEqual({ rows: [], other: { cells: 2, total: 12 }, total: 12 });
    expect(shown('paths')).toEqual({ rows: [], other: { cells: 2, total: 12 }, total: 12 });
    expect(shown('sequences')).toEqual({ rows: [['badge>newsList>post', 12]], other: null, total: 12 });
    expect(shown('guidanceShown')).toEqual({ rows: [], other: { cells: 2, total: 12 }, total: 12 });
  });
});
