/** The pass/miss mark of a row held to a goal: the table shows it, the JSON file keeps the goal itself. */
import type { BenchRow } from './types';

/**
 * "≤ 200 ms pass", "≤ 1.3× MISS", or '' for a row without a goal (or without the ratio its goal is about); with the
 * 95% interval when the row has one: "≤ 1.15× MISS (95%: 1.07–1.43)". Pass or miss is the median's.
 */
export function goalMark(row: BenchRow): string {
  const { goal } = row;
  if (!goal) return '';
  const measured = goal.of === 'value' ? row.value : row.ratio;
  const bound = goal.of === 'value' ? `≤ ${goal.max} ${row.unit}` : `≤ ${goal.max}×`;
  if (measured === undefined || Number.isNaN(measured)) return `${bound} ?`;
  const interval = goal.interval ? ` (95%: ${goal.interval[0]}–${goal.interval[1]})` : '';
  return `${bound} ${measured <= goal.max ? 'pass' : 'MISS'}${interval}`;
}
