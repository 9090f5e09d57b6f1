/**
 * Aggregation of the indicator batches received on `POST /indicateurs`. Passerelle's batches (see passerelleDays)
 * are read as records of this simpler, provisional shape:
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

/** Label of the searches counted without their text (the configuration did not allow it). */
export const NO_TEXT = '—';

function sumInto(table: Record<string, number>, key: unknown, count: unknown): void {
  if (typeof key !== 'string' || typeof count !== 'number' || !Number.isFinite(count) || count <= 0) return;
  table[key] = (table[key] ?? 0) + count;
}

function entriesOf(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

/**
 * Passerelle's batch (schema "passerelle.indicators/1", documented in ADMIN.md › Indicators) as one record
 * per day in the shape above; null for anything else.
 */
export function passerelleDays(batch: unknown): unknown[] | null {
  if (!isRecord(batch) || batch.schema !== 'passerelle.indicators/1' || !Array.isArray(batch.days)) return null;
  return batch.days.filter(isRecord).map((day) => {
    const newsViews: Record<string, number> = {};
    const toolLaunches: Record<string, number> = {};
    const launchesViaEsn: Record<string, number> = {};
    const emptySearches: Record<string, number> = {};
    const guidanceShown: Record<string, number> = {};
    for (const entry of entriesOf(day.newsViews)) sumInto(newsViews, entry.itemId, entry.views);
    for (const entry of entriesOf(day.launches)) {
      sumInto(toolLaunches, entry.toolId, entry.count);
      sumInto(launchesViaEsn, entry.toolId, entry.viaEsn);
    }
    const searches = isRecord(day.emptySearches) ? day.emptySearches : {};
    let withText = 0;
    for (const entry of entriesOf(searches.queries)) {
      sumInto(emptySearches, entry.text, entry.count);
      withText += typeof entry.count === 'number' ? entry.count : 0;
    }
    if (typeof searches.count === 'number') sumInto(emptySearches, NO_TEXT, searches.count - withText);
    for (const entry of entriesOf(day.guidanceShown)) sumInto(guidanceShown, entry.oldAddress, entry.count);
    const activeDays: Record<string, number> = typeof day.day === 'string' ? { [day.day]: 1 } : {};
    return {
      day: day.day,
      counts: { newsViews, toolLaunches, emptySearches, launchesViaEsn, guidanceShown, activeDays },
    };
  });
}

export function aggregateIndicators(batches: readonly unknown[]): IndicatorReport {
  const totals = new Map<string, Map<string, number>>(KNOWN_TABLES.map((key) => [key, new Map()]));
  const days = new Set<string>();
  const unrecognised: unknown[] = [];
  for (const batch of batches.flatMap((received) => passerelleDays(received) ?? [received])) {
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
