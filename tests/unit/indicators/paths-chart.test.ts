// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { addEvent } from '@/utils/indicators/aggregate';
import { toBatch } from '@/utils/indicators/batch';
import type { DayCounts, IndicatorEvent } from '@/utils/indicators/types';
import { aggregateIndicators } from '../../demo-esn/indicators';
import { layoutPaths, pathsChart } from '../../demo-esn/pages/paths-chart';
import { reportPage } from '../../demo-esn/pages/report';

const DAY = '2026-11-27';

/** One device's batch of one day with these events. */
const batchOf = (events: IndicatorEvent[]) =>
  toBatch(
    events.reduce<DayCounts[]>((all, event) => addEvent(all, event, DAY), []),
    '1.0.0',
  );

/**
 * 30 devices: 20 follow the guidance to the canteen menus and 12 open the leave tool from a favourite (twice each,
 * 24 arrivals); 12 open the ESN home by keyboard; one alone opens a tool from the address bar, and one alone the
 * vehicle booking from a favourite (two single-device cells: merged into "other", withheld).
 */
function fleetReport() {
  const batches = Array.from({ length: 30 }, (_, device) => {
    const events: IndicatorEvent[] = [];
    if (device < 20) events.push({ kind: 'path', from: 'guidance', to: 'section', id: 'canteen-menus' });
    if (device >= 18) events.push(...Array(2).fill({ kind: 'path', from: 'favourite', to: 'tool', id: 'conges' }));
    if (device % 2 === 0 && device < 24) events.push({ kind: 'path', from: 'keyboard', to: 'esnHome' });
    if (device === 3) events.push({ kind: 'path', from: 'omnibox', to: 'tool', id: 'conges' });
    if (device === 4) events.push({ kind: 'path', from: 'favourite', to: 'tool', id: 'vehicle-booking' });
    return batchOf(events);
  });
  return aggregateIndicators(batches, 10);
}

const pathsTable = (report: ReturnType<typeof fleetReport>) => {
  const table = report.tables.find((entry) => entry.key === 'paths');
  if (!table) throw new Error('no paths table');
  return table;
};

const label = (tableKey: string, name: string) =>
  tableKey === 'toolLaunches' && name === 'conges' ? 'Congés & absences' : undefined;

describe("the report's paths flow chart", () => {
  it('draws one band per shown path, as wide as its count, and never a cell under the minimum group size', () => {
    const table = pathsTable(fleetReport());
    expect(table.rows.map((row) => [row.name, row.total])).toEqual([
      ['favourite>tool>conges', 24],
      ['guidance>section>canteen-menus', 20],
      ['keyboard>esnHome', 12],
    ]);
    expect(table.other).toEqual({ cells: 2, withheld: true });

    const graph = layoutPaths(table.rows, label);
    expect(graph?.links.map((link) => link.name)).toEqual(table.rows.map((row) => row.name));
    // Entry points on the left, destinations on the right; a band's width is proportional to its count.
    const entries = graph?.nodes.filter((node) => node.side === 'entry') ?? [];
    const destinations = graph?.nodes.filter((node) => node.side === 'destination') ?? [];
    expect(entries.map((node) => node.label).sort()).toEqual(['favourite', 'guidance', 'keyboard']);
    expect(destinations.map((node) => node.label).sort()).toEqual([
      'esnHome',
      'section canteen-menus',
      'tool Congés & absences',
    ]);
    expect(Math.max(...entries.map((node) => node.x1 ?? 0))).toBeLessThan(
      Math.min(...destinations.map((node) => node.x0 ?? 0)),
    );
    const widthPerArrival = graph?.links.map((link) => (link.width ?? 0) / link.total) ?? [];
    for (const ratio of widthPerArrival) expect(ratio).toBeCloseTo(widthPerArrival[0] ?? 0, 6);

    const svg = String(pathsChart(table.rows, 'en', label, 10));
    expect(svg.match(/<path data-path=/g)).toHaveLength(3);
    expect(svg).not.toContain('omnibox');
    expect(svg).not.toContain('vehicle-booking');
  });

  it('is an image with a title and a summary in both languages, its text escaped', () => {
    const rows = [{ name: 'favourite>tool>conges', total: 12, devices: 12 }];
    const fr = String(pathsChart(rows, 'fr', () => '<script>alert(1)</script>', 10));
    expect(fr).toMatch(/<svg role="img" aria-labelledby="paths-chart-title paths-chart-desc"/);
    expect(fr).toContain('<title id="paths-chart-title">Parcours : point d’entrée → destination</title>');
    expect(fr).toContain('1 parcours affichés, de 1 points d’entrée vers 1 destinations ; le tableau');
    expect(fr).not.toContain('<script>');
    expect(fr).toContain('tool &lt;script&gt;alert(1)&lt;/script&gt;');
    const en = String(pathsChart(rows, 'en', () => undefined, 12));
    expect(en).toContain('1 paths shown, from 1 entry points');
    expect(en).toContain('Only paths from at least 12 devices are drawn.');
  });

  it('is left out when no path may be shown; the report keeps its table as the text alternative', () => {
    expect(pathsChart([], 'en', label, 10)).toBe('');
    const report = fleetReport();
    const page = String(reportPage('fr', report, [], label));
    const chartAt = page.indexOf('<figure data-chart="paths">');
    const tableAt = page.indexOf('<table data-table="paths">');
    expect(chartAt).toBeGreaterThan(0);
    expect(tableAt).toBeGreaterThan(chartAt);
    const lonely = aggregateIndicators([batchOf([{ kind: 'path', from: 'keyboard', to: 'esnHome' }])], 10);
    expect(String(reportPage('en', lonely, [], label))).not.toContain('data-chart="paths"');
  });
});
