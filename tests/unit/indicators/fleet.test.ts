// @vitest-environment node
/**
 * A fleet of 1,000 simulated devices with known behaviour: each counts its day as Passerelle does (local noise,
 * once per post per day, paths), sends one batch, and the demo ESN's report aggregates them. The report must
 * recover the true per-post views and path counts within the stated error, and show no cell from fewer than k
 * devices.
 */
import { describe, expect, it } from 'vitest';
import { addEvent } from '@/utils/indicators/aggregate';
import { toBatch } from '@/utils/indicators/batch';
import { estimateStandardError, estimateTrueCount, withNoise } from '@/utils/indicators/noise';
import type { DayCounts, IndicatorEvent } from '@/utils/indicators/types';
import { ENTRY_POINTS, type EntryPoint } from '@/utils/indicators/vocabulary';
import { aggregateIndicators, pathName } from '../../demo-esn/indicators';
import { seeded } from './seeded-random';

const DEVICES = 1000;
const DAY = '2026-11-27';
const K = 10;
/** Post → probability that a device reads it that day (the last one is rare: under k on most days). */
const POSTS: [string, number][] = [
  ['p1', 0.6],
  ['p2', 0.35],
  ['p3', 0.2],
  ['p4', 0.08],
  ['p5', 0.03],
  ['p6', 0.004],
];
/** Entry point of the launch of "conges", per device (cumulative probabilities). */
const ENTRIES: [EntryPoint, number][] = [
  ['favourite', 0.45],
  ['search', 0.7],
  ['omnibox', 0.85],
  ['recent', 0.97],
  ['keyboard', 1],
];

interface Fleet {
  batches: unknown[];
  truePosts: Map<string, number>;
  truePaths: Map<string, number>;
}

function simulate(noise: number, seed: number): Fleet {
  const random = seeded(seed);
  const truePosts = new Map<string, number>();
  const truePaths = new Map<string, number>();
  const alternatives = POSTS.map(([itemId]) => ({ itemId }));
  const batches = Array.from({ length: DEVICES }, () => {
    const events: IndicatorEvent[] = [];
    for (const [itemId, probability] of POSTS) {
      if (random() >= probability) continue;
      truePosts.set(itemId, (truePosts.get(itemId) ?? 0) + 1);
      events.push({ kind: 'newsView', feedId: 'actualites', itemId, via: 'newsList', alternatives });
    }
    const draw = random();
    const from = ENTRIES.find(([, cumulative]) => draw < cumulative)?.[0] ?? 'favourite';
    truePaths.set(from, (truePaths.get(from) ?? 0) + 1);
    events.push({ kind: 'path', from, to: 'tool', id: 'conges' });
    const days = events
      .map((event) => withNoise(event, noise, random))
      .reduce<DayCounts[]>((all, event) => addEvent(all, event, DAY), []);
    return toBatch(days, '1.0.0', undefined, noise);
  });
  return { batches, truePosts, truePaths };
}

function rowsOf(report: ReturnType<typeof aggregateIndicators>, key: string): Map<string, number> {
  const table = report.tables.find((entry) => entry.key === key);
  return new Map(table?.rows.map((row) => [row.name, row.total]));
}

describe('a fleet of 1,000 devices', () => {
  it('without noise, the report gives the exact views per post and paths, and hides the rare post', () => {
    const fleet = simulate(0, 1);
    const report = aggregateIndicators(fleet.batches, K);
    const posts = rowsOf(report, 'newsViews');
    for (const [itemId, count] of posts) expect(count, itemId).toBe(fleet.truePosts.get(itemId));
    expect([...posts.keys()]).toEqual(['p1', 'p2', 'p3', 'p4']);
    // p6 is read by fewer than k devices: hidden, with the smallest shown post (p5) so that no subtraction finds it.
    expect((fleet.truePosts.get('p6') ?? 0) < K).toBe(true);
    const other = report.tables.find((table) => table.key === 'newsViews')?.other;
    expect(other).toEqual({ cells: 2, total: (fleet.truePosts.get('p5') ?? 0) + (fleet.truePosts.get('p6') ?? 0) });
    const paths = rowsOf(report, 'paths');
    for (const [from, truth] of fleet.truePaths) expect(paths.get(pathName(from, 'tool', 'conges'))).toBe(truth);
    for (const table of report.tables) for (const row of table.rows) expect(row.devices).toBeGreaterThanOrEqual(K);
  });

  it('with noise q = 0.25, the corrected counts fall within 4 standard errors of the truth', () => {
    const q = 0.25;
    for (const seed of [2, 3, 4]) {
      const fleet = simulate(q, seed);
      const report = aggregateIndicators(fleet.batches, 1);
      expect(report.noise).toBe(q);

      // Posts: K = the feed's 6 posts; total = every reading counted in the feed.
      const posts = rowsOf(report, 'newsViews');
      const postTotal = [...posts.values()].reduce((sum, count) => sum + count, 0);
      for (const [itemId] of POSTS) {
        const observed = posts.get(itemId) ?? 0;
        const estimate = estimateTrueCount(observed, postTotal, POSTS.length, q);
        const bound = 4 * Math.max(estimateStandardError(observed, postTotal, q), 1);
        expect(Math.abs(estimate - (fleet.truePosts.get(itemId) ?? 0)), `${seed} ${itemId}`).toBeLessThan(bound);
      }

      // Paths to "conges": K = the 10 entry points; total = every arrival at the tool.
      const paths = rowsOf(report, 'paths');
      const arrivals = [...paths.values()].reduce((sum, count) => sum + count, 0);
      expect(arrivals).toBe(DEVICES);
      for (const from of ENTRY_POINTS) {
        const observed = paths.get(pathName(from, 'tool', 'conges')) ?? 0;
        const estimate = estimateTrueCount(observed, arrivals, ENTRY_POINTS.length, q);
        const bound = 4 * Math.max(estimateStandardError(observed, arrivals, q), 1);
        expect(Math.abs(estimate - (fleet.truePaths.get(from) ?? 0)), `${seed} ${from}`).toBeLessThan(bound);
      }
    }
  });

  it('with noise, still no cell from fewer than k devices is shown', () => {
    const report = aggregateIndicators(simulate(0.25, 5).batches, K);
    for (const table of report.tables) {
      for (const row of table.rows) expect(row.devices, `${table.key} ${row.name}`).toBeGreaterThanOrEqual(K);
      if (table.other && 'withheld' in table.other) expect(table.total).toBeNull();
    }
  });
});
