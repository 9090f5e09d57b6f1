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
