// @vitest-environment node
/**
 * The bias local noise meets in the "once per post per day" rule (ADMIN.md › Privacy, "Noise and the once-a-day
 * rule"): a noisy pick that lands on a post the device also read that day is dropped, so a post's count loses part
 * of the noise the correction subtracts. Measured here with the same random draws counted twice: as Passerelle
 * counts (addEvent) and as if every reading counted (no rule, the unbiased case the correction assumes).
 */
import { describe, expect, it } from 'vitest';
import { addEvent } from '@/utils/indicators/aggregate';
import { estimateTrueCount, withNoise } from '@/utils/indicators/noise';
import type { DayCounts, IndicatorEvent } from '@/utils/indicators/types';
import { seeded } from './seeded-random';

const DEVICES = 5000;

interface Counts {
  /** As Passerelle counts: once per post per device and day. */
  counted: Map<string, number>;
  /** Every noisy reading, even a repeated post. */
  everyReading: Map<string, number>;
}

/** A bound on an expected share of n draws, plus 4 standard deviations of its sampling (a Poisson count). */
const withSampling = (expectedShare: number, n: number) => expectedShare + (4 * Math.sqrt(expectedShare * n)) / n;

const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
const sum = (map: Map<string, number>) => [...map.values()].reduce((total, count) => total + count, 0);

/** Every device reads "p0" and r − 1 other posts of a feed of M (all held), each reading through noise q. */
function simulate(q: number, feedSize: number, readsPerDevice: number, seed: number): Counts {
  const random = seeded(seed);
  const posts = Array.from({ length: feedSize }, (_, index) => ({ itemId: `p${index}` }));
  const counts: Counts = { counted: new Map(), everyReading: new Map() };
  for (let device = 0; device < DEVICES; device += 1) {
    const others = posts.slice(1).sort(() => random() - 0.5);
    const read = [posts[0], ...others.slice(0, readsPerDevice - 1)];
    const noisy = read.map((post) =>
      withNoise(
        { kind: 'newsView', feedId: 'f', itemId: post?.itemId ?? '', via: 'newsList', alternatives: posts },
        q,
        random,
      ),
    );
    for (const event of noisy) if (event.kind === 'newsView') add(counts.everyReading, event.itemId);
    const [day] = noisy.reduce<DayCounts[]>((all, event: IndicatorEvent) => addEvent(all, event, '2026-11-27'), []);
    for (const view of day?.newsViews ?? []) add(counts.counted, view.itemId);
  }
  return counts;
}

describe('local noise and the once-per-day rule', () => {
  for (const [q, feedSize, reads] of [
    [0.25, 20, 5],
    [0.5, 10, 5],
    [0.1, 20, 3],
  ] as const) {
    it(`q = ${q}, M = ${feedSize} posts, r = ${reads} read: the readings lost average under q·(r − 1)/M`, () => {
      const counts = simulate(q, feedSize, reads, 11);
      const bound = (q * (reads - 1)) / feedSize;
      const lost = (sum(counts.everyReading) - sum(counts.counted)) / (DEVICES * reads);
      expect(lost).toBeLessThanOrEqual(withSampling(bound, DEVICES * reads));
      // Not a vacuous bound: the loss is real and of that order.
      expect(lost).toBeGreaterThan(bound / 2);

      // The post every device read: its corrected count is pulled down, by at most q·(r − 1)/((1 − q)·M).
      const estimate = (counts: Map<string, number>) =>
        estimateTrueCount(counts.get('p0') ?? 0, sum(counts), feedSize, q);
      const bias = (estimate(counts.counted) - estimate(counts.everyReading)) / DEVICES;
      expect(bias).toBeLessThan(0);
      expect(-bias).toBeLessThanOrEqual(withSampling(bound, DEVICES) / (1 - q));
    });
  }
});
