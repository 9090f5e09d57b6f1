/** Gzip size of the JS and CSS each entrypoint of the Chromium build loads (harness/entry-sizes.ts). */
import { type EntrySizes, entrypointSizes } from './harness/entry-sizes';
import { round } from './harness/stats';
import type { BenchContext, BenchRow } from './harness/types';

export const name = 'entrypoint sizes';

/** Also tests: tests/unit/budget/popup-size.test.ts, background-size.test.ts. */
const POPUP_BUDGET_KB = 30;
const BACKGROUND_BUDGET_KB = 60;

const kb = (bytes: number) => round(bytes / 1024, 1);
const count = (entry: EntrySizes, extension: string) => entry.files.filter((file) => file.endsWith(extension)).length;

function rowsFor(entry: EntrySizes): BenchRow[] {
  const rows: BenchRow[] = [
    {
      group: 'size',
      metric: `${entry.entry} JS (gzip)`,
      value: kb(entry.jsGzip),
      unit: 'KB',
      ...(entry.entry === 'background' && { goal: { max: BACKGROUND_BUDGET_KB, of: 'value' as const } }),
      note: `${kb(entry.jsBytes)} KB raw, ${count(entry, '.js')} file(s)`,
    },
  ];
  if (entry.cssBytes > 0) {
    const files = count(entry, '.css');
    rows.push({
      group: 'size',
      metric: `${entry.entry} CSS (gzip)`,
      value: kb(entry.cssGzip),
      unit: 'KB',
      note: `${kb(entry.cssBytes)} KB raw, ${files > 0 ? `${files} file(s)` : 'written into the page'}`,
    });
  }
  if (entry.lazyFiles.length > 0) {
    rows.push({
      group: 'size',
      metric: `${entry.entry} JS loaded on demand (gzip)`,
      value: kb(entry.lazyJsGzip),
      unit: 'KB',
      note: `${entry.entry === 'background' ? 'lazy scripts' : 'dynamic imports'}, not loaded at open: ${entry.lazyFiles.join(', ')}`,
    });
  }
  if (entry.entry === 'popup') {
    rows.push({
      group: 'size',
      metric: 'popup JS + CSS (gzip)',
      value: kb(entry.jsGzip + entry.cssGzip),
      unit: 'KB',
      goal: { max: POPUP_BUDGET_KB, of: 'value' },
      note: `budget ${POPUP_BUDGET_KB} KB`,
    });
  }
  return rows;
}

export async function run(context: BenchContext): Promise<BenchRow[]> {
  return entrypointSizes(context.chromeBuildDir).flatMap(rowsFor);
}
