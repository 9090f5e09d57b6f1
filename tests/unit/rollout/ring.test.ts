import { describe, expect, it } from 'vitest';
import { BUCKETS, cryptoUint32, drawBucket } from '@/utils/rollout/ring';
import { deviceRing, deviceRingItem } from '@/utils/rollout/storage';

const sequence = (values: number[]) => {
  let index = 0;
  return () => values[index++ % values.length] ?? 0;
};

describe('drawBucket', () => {
  it('maps evenly spaced 32-bit values to every bucket equally often', () => {
    const counts = new Array<number>(BUCKETS).fill(0);
    const step = Math.floor(2 ** 32 / BUCKETS / 50);
    for (let value = 0; value < Math.floor(2 ** 32 / BUCKETS) * BUCKETS; value += step) {
      const bucket = drawBucket(() => value);
      counts[bucket] = (counts[bucket] ?? 0) + 1;
    }
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
  });

  it('draws again past the last whole round, so the top buckets are not favoured', () => {
    expect(drawBucket(sequence([2 ** 32 - 1, 7]))).toBe(7);
  });

  it('is uniform over many real draws (chi-square far below the 1-in-a-million bound)', () => {
    const draws = 50_000;
    const counts = new Array<number>(BUCKETS).fill(0);
    for (let i = 0; i < draws; i += 1) {
      const bucket = drawBucket(cryptoUint32);
      counts[bucket] = (counts[bucket] ?? 0) + 1;
    }
    const expected = draws / BUCKETS;
    const chiSquare = counts.reduce((sum, count) => sum + (count - expected) ** 2 / expected, 0);
    // 99 degrees of freedom: P(chi² > 180) < 1e-6, so a fair source fails about once in a million runs.
    expect(chiSquare).toBeLessThan(180);
    expect(counts.every((count) => count > 0)).toBe(true);
  }, 30_000);
});

describe('deviceRing', () => {
  it('draws once and keeps the bucket across restarts', async () => {
    const first = await deviceRing(sequence([42]));
    expect(first).toEqual({ bucket: 42 });
    // A restart: a new draw would give 9, but the stored bucket wins.
    expect(await deviceRing(sequence([9]))).toEqual({ bucket: 42 });
    expect(await deviceRingItem.getValue()).toEqual({ bucket: 42 });
  });

  it('draws one bucket when asked twice at once', async () => {
    const [a, b] = await Promise.all([deviceRing(sequence([3, 4])), deviceRing(sequence([5]))]);
    expect(a).toEqual(b);
  });

  it('draws again when the stored bucket is damaged', async () => {
    await browser.storage.local.set({ deviceRing: { bucket: 'lots' } });
    expect(await deviceRing(sequence([17]))).toEqual({ bucket: 17 });
  });
});
