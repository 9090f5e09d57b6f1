/**
 * The minimum group size (`indicators.minimumGroupSize`, default 10) applied to every table of the report.
 *
 * A table is built from device-days: Passerelle's daily send carries finished days only, so one batch-day is one
 * device on one day. A cell's devices are counted as the largest number of device-days that contain it on any
 * single day: a lower bound of the distinct devices behind it, with no identifier needed.
 *
 * Rules: a cell with fewer than k devices is hidden; a lone hidden cell takes the smallest visible one with it
 * (never one hidden cell in "other"); "other" shows its sum only when it merges at least two cells from at least
 * k devices, otherwise it is withheld and so is the table's total — total minus the visible cells never reveals a
 * hidden cell.
 */

/** One device's counts on one day, by cell name. */
export interface DeviceDay {
  day: string;
  cells: Map<string, number>;
}

export interface SafeRow {
  name: string;
  total: number;
  devices: number;
}

export interface SafeTable {
  rows: SafeRow[];
  /** Hidden cells merged: null when none, "withheld" when even their sum could single someone out. */
  other: { cells: number; total: number } | { cells: number; withheld: true } | null;
  /** Null when withheld (it would reveal the hidden cells by subtraction). */
  total: number | null;
}

/** The largest number of device-days of one day that contain any of `names`. */
export function devicesOf(records: readonly DeviceDay[], names: readonly string[]): number {
  const perDay = new Map<string, number>();
  for (const record of records) {
    if (names.some((name) => record.cells.has(name))) perDay.set(record.day, (perDay.get(record.day) ?? 0) + 1);
  }
  return Math.max(0, ...perDay.values());
}

export function totalsOf(records: readonly DeviceDay[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const record of records) {
    for (const [name, count] of record.cells) totals.set(name, (totals.get(name) ?? 0) + count);
  }
  return totals;
}

export function safeTable(records: readonly DeviceDay[], minimumGroupSize: number): SafeTable {
  const all = [...totalsOf(records)]
    .map(([name, total]) => ({ name, total, devices: devicesOf(records, [name]) }))
    .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
  const visible = all.filter((row) => row.devices >= minimumGroupSize);
  const hidden = all.filter((row) => row.devices < minimumGroupSize);
  if (hidden.length === 1 && visible.length > 0) {
    const smallest = visible.reduce((low, row) => (row.total < low.total ? row : low));
    visible.splice(visible.indexOf(smallest), 1);
    hidden.push(smallest);
  }
  const sum = (rows: SafeRow[]) => rows.reduce((total, row) => total + row.total, 0);
  if (hidden.length === 0) return { rows: visible, other: null, total: sum(visible) };
  const names = hidden.map((row) => row.name);
  const mergedSafely = hidden.length >= 2 && devicesOf(records, names) >= minimumGroupSize;
  return mergedSafely
    ? { rows: visible, other: { cells: hidden.length, total: sum(hidden) }, total: sum(all) }
    : { rows: visible, other: { cells: hidden.length, withheld: true }, total: null };
}

/**
 * A part of a shown count (e.g. the views that came through Passerelle): shown only when the part and the rest
 * are each empty or from at least k devices, so that neither singles anyone out.
 */
export function safeShare(part: SafeRow | undefined, whole: SafeRow, rest: SafeRow | undefined, k: number) {
  if (part === undefined && rest === undefined) return null;
  const ok = (row: SafeRow | undefined) => row === undefined || row.total === 0 || row.devices >= k;
  return ok(part) && ok(rest) ? (part?.total ?? 0) / whole.total : null;
}
