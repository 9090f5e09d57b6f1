import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';
import { closingLine, emptySummary, type RunSummary, SUMMARY_FILE_VARIABLE } from './summary';

/**
 * Ends the run with one plain line, "Tests: N passed, N failed, N skipped", after vitest's own summary, so CI
 * logs and scripts read the result without parsing the coloured table. Under `run-tests.ts` it also writes the
 * counts and each test's time to the file that script names, which adds up its side-by-side runs.
 */
export default class ClosingLineReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const summary = summarise(testModules);
    const summaryFile = process.env[SUMMARY_FILE_VARIABLE];
    if (summaryFile) writeFileSync(summaryFile, JSON.stringify(summary));
    process.stdout.write(`\n${closingLine(summary)}\n`);
  }
}

function summarise(testModules: ReadonlyArray<TestModule>): RunSummary {
  const summary = emptySummary();
  for (const testModule of testModules) {
    for (const test of testModule.children.allTests()) {
      const state = test.result().state;
      if (state === 'passed') summary.passed += 1;
      else if (state === 'failed') summary.failed += 1;
      else summary.skipped += 1;
      const durationMs = test.diagnostic()?.duration;
      if (durationMs !== undefined) {
        summary.tests.push({ name: test.fullName, file: relative(process.cwd(), testModule.moduleId), durationMs });
      }
    }
    // A file that failed to load has no tests to count: count it as one failure.
    if (testModule.state() === 'failed' && !testModule.children.size) summary.failed += 1;
  }
  return summary;
}
