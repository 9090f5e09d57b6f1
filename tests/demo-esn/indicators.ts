/**
 * Aggregation of the indicator batches received on `POST /indicateurs`, with the minimum group size applied to
 * every table (see minimum-group.ts). Passerelle's batches (see passerelleDays) are read as records of this
 * simpler, provisional shape, one record per device and day:
 * `{ "day": "YYYY-MM-DD", "counts": { "newsViews": {id: n}, "toolLaunches": {id: n}, "emptySearches": {text: n} } }`.
 * Aggregation is tolerant: any `counts` member that maps names to numbers becomes a table, anything else is
 * kept aside and shown as raw JSON.
 */

import { type DeviceDay, type SafeTable, safeTable } from './minimum-group';

export const MAX_INDICATOR_BATCH_BYTES = 64 * 1024;

export interface CountTable extends SafeTable {
  key: string;
}

export interface IndicatorReport {
  batchCount: number;
  days: string[];
  minimumGroupSize: number;
  /** The local noise the batches declared (0 when none did). */
  noise: number;
  tables: CountTable[];
  /** The records behind each table, for the views that combine two tables (the share through Passerelle). */
  records: Map<string, DeviceDay[]>;
  /** Batches, or parts of batches, that do not have the expected shape. */
  unrecognised: unknown[];
}

export const KNOWN_TABLES = ['newsViews', 'toolLaunches', 'emptySearches'] as const;

/** A path's row name: entry point, destination and its id, e.g. "favourite>tool>conges". */
export const pathName = (from: unknown, to: unknown, id: unknown) =>
  `${String(from)}>${String(to)}${typeof id === 'string' ? `>${id}` : ''}`;

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
 * Passerelle's batch (schema "passerelle.indicators/2", or /1 without paths, documented in ADMIN.md › Indicators) as one record
 * per day in the shape above; null for anything else.
 */
const PASSERELLE_SCHEMAS = ['passerelle.indicators/1', 'passerelle.indicators/2'];

export function passerelleDays(batch: unknown): unknown[] | null {
  if (!isRecord(batch) || !PASSERELLE_SCHEMAS.includes(String(batch.schema)) || !Array.isArray(batch.days)) return null;
  const ring = typeof batch.ring === 'string' && RING_LABELS.includes(batch.ring) ? batch.ring : null;
  return batch.days.filter(isRecord).map((day) => {
    const newsViews: Record<string, number> = {};
    const newsViewsViaPasserelle: Record<string, number> = {};
    const newsViewsOnEsn: Record<string, number> = {};
    const paths: Record<string, number> = {};
    const sequences: Record<string, number> = {};
    const toolLaunches: Record<string, number> = {};
    const launchesViaEsn: Record<string, number> = {};
    const launchesDirect: Record<string, number> = {};
    const emptySearches: Record<string, number> = {};
    const guidanceShown: Record<string, number> = {};
    for (const entry of entriesOf(day.newsViews)) {
      sumInto(newsViews, entry.itemId, entry.views);
      sumInto(entry.via === 'esnTab' ? newsViewsOnEsn : newsViewsViaPasserelle, entry.itemId, entry.views);
    }
    for (const entry of entriesOf(day.paths)) sumInto(paths, pathName(entry.from, entry.to, entry.id), entry.count);
    for (const entry of entriesOf(day.sequences)) sumInto(sequences, entry.sequence, entry.count);
    for (const entry of entriesOf(day.launches)) {
      sumInto(toolLaunches, entry.toolId, entry.count);
      sumInto(launchesViaEsn, entry.toolId, entry.viaEsn);
      if (typeof entry.count === 'number' && typeof entry.viaEsn === 'number') {
        sumInto(launchesDirect, entry.toolId, entry.count - entry.viaEsn);
      }
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
      counts: {
        newsViews,
        newsViewsViaPasserelle,
        newsViewsOnEsn,
        paths,
        sequences,
        toolLaunches,
        launchesViaEsn,
        launchesDirect,
        emptySearches,
        guidanceShown,
        activeDays,
        ...(ring && byRing(ring, { toolLaunches, emptySearches, newsViews })),
      },
    };
  });
}

const RING_LABELS: readonly string[] = ['pilot', 'general'];

const sumOf = (table: Record<string, number>) => Object.values(table).reduce((total, count) => total + count, 0);

/**
 * The same day's counts split by the device's ring, so the team can compare the pilot group with everyone else:
 * device-days, launches per tool, posts read and empty searches per ring. Each is an ordinary table, so the
 * minimum group size applies to every ring's cells as to any other.
 */
function byRing(ring: string, counts: Record<'toolLaunches' | 'emptySearches' | 'newsViews', Record<string, number>>) {
  const perRing = (total: number) => (total > 0 ? { [ring]: total } : {});
  return {
    devicesByRing: { [ring]: 1 },
    toolLaunchesByRing: Object.fromEntries(
      Object.entries(counts.toolLaunches).map(([tool, count]) => [`${ring}>${tool}`, count]),
    ),
    newsViewsByRing: perRing(sumOf(counts.newsViews)),
    emptySearchesByRing: perRing(sumOf(counts.emptySearches)),
  };
}

/** The noise the batches declared: the largest, so that the report never claims more precision than it has. */
function declaredNoise(batches: readonly unknown[]): number {
  const values = batches.map((batch) => (isRecord(batch) && typeof batch.noise === 'number' ? batch.noise : 0));
  return Math.max(0, ...values.filter((value) => Number.isFinite(value) && value <= 0.5));
}

export function aggregateIndicators(batches: readonly unknown[], minimumGroupSize = 10): IndicatorReport {
  const records = new Map<string, DeviceDay[]>(KNOWN_TABLES.map((key) => [key, []]));
  const days = new Set<string>();
  const unrecognised: unknown[] = [];
  for (const batch of batches.flatMap((received) => passerelleDays(received) ?? [received])) {
    if (!isRecord(batch) || !isRecord(batch.counts)) {
      unrecognised.push(batch);
      continue;
    }
    const day = typeof batch.day === 'string' ? batch.day : '';
    if (day) days.add(day);
    for (const [key, value] of Object.entries(batch.counts)) {
      const entries = numericEntries(value);
      if (entries === null) {
        unrecognised.push({ [key]: value });
        continue;
      }
      const cells = new Map(entries.filter(([, count]) => count > 0));
      if (cells.size === 0) continue;
      let table = records.get(key);
      if (table === undefined) {
        table = [];
        records.set(key, table);
      }
      table.push({ day, cells });
    }
  }
  const tables = [...records].map(([key, table]) => ({ key, ...safeTable(table, minimumGroupSize) }));
  return {
    batchCount: batches.length,
    days: [...days].sort(),
    minimumGroupSize,
    noise: declaredNoise(batches),
    tables,
    records,
    unrecognised,
  };
}
