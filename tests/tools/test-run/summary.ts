/** What one vitest run leaves behind for the orchestrator (`run-tests.ts`): its counts and each test's time. */
export interface TimedTest {
  name: string;
  file: string;
  durationMs: number;
}

export interface RunSummary {
  passed: number;
  failed: number;
  skipped: number;
  tests: TimedTest[];
}

/** Set by `run-tests.ts`: where a child vitest run writes its summary. */
export const SUMMARY_FILE_VARIABLE = 'PASSERELLE_TEST_SUMMARY';

export function emptySummary(): RunSummary {
  return { passed: 0, failed: 0, skipped: 0, tests: [] };
}

export function addSummaries(runs: readonly RunSummary[]): RunSummary {
  const total = emptySummary();
  for (const run of runs) {
    total.passed += run.passed;
    total.failed += run.failed;
    total.skipped += run.skipped;
    total.tests.push(...run.tests);
  }
  return total;
}

export function closingLine(summary: RunSummary): string {
  return `Tests: ${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped`;
}

export function slowestTests(summary: RunSummary, count: number): TimedTest[] {
  return [...summary.tests].sort((a, b) => b.durationMs - a.durationMs).slice(0, count);
}
