export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export function round(value: number, digits = 1): number {
  return Number(value.toFixed(digits));
}

/** value / baseline, rounded for the table. */
export function ratio(value: number, baseline: number): number {
  return round(value / baseline, 2);
}

/**
 * The 95% bootstrap interval of `statistic` over independent samples: each list is drawn again with replacement,
 * 2,000 times. A popup opening on these 2 busy cores varies by ±25%, and openings of two pages in one round are not
 * correlated (2 Dec 2026), so this is how far a run's median can be trusted; runs can differ by more (see README).
 * Seeded: the same samples give the same interval.
 */
export function bootstrapInterval(
  samples: readonly (readonly number[])[],
  statistic: (...lists: number[][]) => number,
  resamples = 2000,
): [number, number] {
  const random = seededRandom(0x5eed);
  const estimates = Array.from({ length: resamples }, () =>
    statistic(...samples.map((list) => list.map(() => list[Math.floor(random() * list.length)] as number))),
  ).sort((a, b) => a - b);
  const at = (quantile: number) => estimates[Math.min(resamples - 1, Math.floor(quantile * resamples))] as number;
  return [at(0.025), at(0.975)];
}

/** The interval of median(values), rounded like the table's values. */
export function medianInterval(values: readonly number[]): [number, number] {
  const [low, high] = bootstrapInterval([values], (list) => median(list));
  return [round(low), round(high)];
}

/** The interval of median(values) / median(baseline), rounded like the table's ratios. */
export function ratioInterval(values: readonly number[], baseline: readonly number[]): [number, number] {
  const [low, high] = bootstrapInterval([values, baseline], (list, base) => median(list) / median(base));
  return [ratio(low, 1), ratio(high, 1)];
}

/** mulberry32: small, fast and good enough to resample timings. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}
