/** The pass/miss mark of a row held to a goal: the table shows it, the JSON file keeps the goal itself. */
import type { BenchRow } from './types';

/** "≤ 200 ms pass", "≤ 1.3× MISS", or '' for a row without a goal (or without the ratio its goal is about). */
export function goalMark(row: BenchRow): string {
  const { goal } = row;
  if (!goal) return '';
  const measured = goal.of === 'value' ? row.value : row.ratio;
  const bound = goal.of === 'value' ? `≤ ${goal.max} ${row.unit}` : `≤ ${goal.max}×`;
  if (measured === undefined || Number.isNaN(measured)) return `${bound} ?`;
  return `${bound} ${measured <= goal.max ? 'pass' : 'MISS'}`;
}
