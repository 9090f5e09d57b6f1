import { goalMark } from './goals';
import type { BenchRow } from './types';

const COLUMNS = ['group', 'metric', 'value', 'unit', 'baseline', 'ratio', 'goal', 'note'] as const;

function cell(row: BenchRow, column: (typeof COLUMNS)[number]): string {
  if (column === 'goal') return goalMark(row);
  const value = row[column];
  if (value === undefined) return '';
  if (typeof value !== 'number') return value;
  // A ratio of thousandths (the sections queries against Fuse.js) would show as 0 with three decimals.
  if (value !== 0 && Math.abs(value) < 0.01) return value.toPrecision(2);
  return value.toLocaleString('en-US', { maximumFractionDigits: 3 });
}

/** A plain-text table (the JSON file has the exact values). */
export function formatTable(rows: readonly BenchRow[]): string {
  const cells = rows.map((row) => COLUMNS.map((column) => cell(row, column)));
  const widths = COLUMNS.map((column, index) =>
    Math.max(column.length, ...cells.map((line) => line[index]?.length ?? 0)),
  );
  const numeric = new Set<string>(['value', 'baseline', 'ratio']);
  const format = (line: readonly string[]) =>
    line
      .map((text, index) => {
        const width = widths[index] ?? 0;
        return numeric.has(COLUMNS[index] ?? '') ? text.padStart(width) : text.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  return [format(COLUMNS), format(widths.map((width) => '-'.repeat(width))), ...cells.map(format)].join('\n');
}
