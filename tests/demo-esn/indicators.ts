/**
 * Aggregation of the indicator batches received on `POST /indicateurs`. The batch format is provisional:
 * `{ "day": "YYYY-MM-DD", "counts": { "newsViews": {id: n}, "toolLaunches": {id: n}, "emptySearches": {text: n} } }`.
 * Aggregation is tolerant: any `counts` member that maps names to numbers becomes a table, anything else is
 * kept aside and shown as raw JSON.
 */

export const MAX_INDICATOR_BATCH_BYTES = 64 * 1024;

export interface CountTable {
  key: string;
  /** [name, total], largest first, then by name. */
  rows: [string, number][];
}

export interface IndicatorReport {
  batchCount: number;
  days: string[];
  tables: CountTable[];
  /** Batches, or parts of batches, that do not have the expected shape. */
  unrecognised: unknown[];
}

export const KNOWN_TABLES = ['newsViews', 'toolLaunches', 'emptySearches'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function numericEntries(value: unknown): [string, number][] | null {
  if (!isRecord(value)) return null;
  const entries = Object.entries(value);
  if (!entries.every(([, count]) => typeof count === 'number' && Number.isFinite(count))) return null;
  return entries as [string, number][];
}

export function aggregateIndicators(batches: readonly unknown[]): IndicatorReport {
  const totals = new Map<string, Map<string, number>>(KNOWN_TABLES.map((key) => [key, new Map()]));
  const days = new Set<string>();
  const unrecognised: unknown[] = [];
  for (const batch of batches) {
    if (!isRecord(batch) || !isRecord(batch.counts)) {
      unrecognised.push(batch);
      continue;
    }
    if (typeof batch.day === 'string') days.add(batch.day);
    for (const [key, value] of Object.entries(batch.counts)) {
      const entries = numericEntries(value);
      if (entries === null) {
        unrecognised.push({ [key]: value });
        continue;
      }
      let table = totals.get(key);
      if (table === undefined) {
        table = new Map();
        totals.set(key, table);
      }
      for (const [name, count] of entries) table.set(name, (table.get(name) ?? 0) + count);
    }
  }
  const tables = [...totals].map(([key, table]) => ({
    key,
    rows: [...table].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
  }));
  return { batchCount: batches.length, days: [...days].sort(), tables, unrecognised };
}
