import { describe, expect, it } from 'vitest';
import { addSummaries, closingLine, type RunSummary, slowestTests } from '../../tools/test-run/summary';

const run = (passed: number, failed: number, skipped: number, durations: number[]): RunSummary => ({
  passed,
  failed,
  skipped,
  tests: durations.map((durationMs, index) => ({ name: `test ${durationMs}`, file: `f${index}.test.ts`, durationMs })),
});

describe('the test run summary', () => {
  it('adds the side-by-side runs into one closing line', () => {
    const total = addSummaries([run(10, 0, 1, [5]), run(4, 2, 0, [7]), run(3, 0, 0, [])]);
    expect(closingLine(total)).toBe('Tests: 17 passed, 2 failed, 1 skipped');
  });

  it('lists the slowest tests first, at most the number asked', () => {
    const total = addSummaries([run(3, 0, 0, [30, 10, 50]), run(2, 0, 0, [20, 40])]);
    expect(slowestTests(total, 3).map((test) => test.durationMs)).toEqual([50, 40, 30]);
  });
});
