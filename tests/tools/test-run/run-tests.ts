/**
 * `npm test`'s test stage: two tracks side by side — the Chromium end-to-end project, and the unit project followed
 * by the Firefox end-to-end project. Measured on fresh clones (2 cores, the machine shared and its speed varying by
 * ±15 % from run to run): on 1 Dec 2026, Chromium 5 min 13 s – 5 min 18 s beside unit 52–53 s then Firefox 4 min 4 s –
 * 4 min 14 s, `npm test` 350–363 s (344–426 s before Chromium started without its WebUI popups,
 * e2e/harness/chromium-features.ts); on 2 Dec 2026, with leaner test browsers, Chromium 4 min 49 s beside unit
 * 53–57 s then Firefox 4 min 8–16 s, `npm test` 337–339 s. The two tracks keep both cores busy (94 %, a third of it
 * in the kernel: page faults and new processes), so what shortens the run is less CPU, not more overlap; the unit
 * tests go with Firefox, whose project was the shorter one once its web content ran in one process
 * (harness/firefox-test-prefs.ts). Since Chromium stopped waiting ~5 s per launch (harness/chromium-features.ts), the
 * Chromium track is the shorter (247–259 s, against unit 63–66 s then Firefox 242–246 s): what moving work between the
 * tracks gave is in full-run.ts.
 * Ends with the 10 slowest tests and one closing line, "Tests: N passed, N failed, N skipped", the sum of the runs.
 * Usage: tsx tests/tools/test-run/run-tests.ts [--only unit|e2e | --full]
 *   --full (`npm test`): the checks and builds too, each lane going on with its track (full-run.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { previousReleaseBuilds } from '../../e2e/harness/previous-release';
import { fullRun } from './full-run';
import { CHROMIUM, FIREFOX, runProject, runTracks, UNIT } from './project-run';
import type { StepResult } from './steps';
import { addSummaries, closingLine, type RunSummary, slowestTests } from './summary';

function printSlowest(summary: RunSummary): void {
  process.stdout.write('\nSlowest tests:\n');
  for (const test of slowestTests(summary, 10)) {
    process.stdout.write(`  ${(test.durationMs / 1000).toFixed(1).padStart(6)} s  ${test.file} › ${test.name}\n`);
  }
}

/** The steps of a full run, and its failed ones: each counts as one failed test. */
function printSteps(steps: readonly StepResult[]): number {
  process.stdout.write('\nSteps:\n');
  for (const step of steps) {
    process.stdout.write(`  ${step.ok ? '✓' : '✗'} ${step.name} (${step.seconds.toFixed(1)} s)\n`);
  }
  return steps.filter((step) => !step.ok).length;
}

/**
 * Both browsers' upgrade tests start from the previous release built from git: built here once, before the tracks,
 * instead of twice at the same time. A failure is only reported: the upgrade tests then say what is missing.
 */
function buildPreviousRelease(): void {
  const started = Date.now();
  try {
    previousReleaseBuilds();
    process.stdout.write(`Previous release ready (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  } catch (error) {
    process.stdout.write(`Previous release not built: ${error instanceof Error ? error.message : String(error)}\n`);
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
  const folder = mkdtempSync(join(tmpdir(), 'passerelle-tests-'));
  const runs: RunSummary[] = [];
  let failedSteps = 0;
  try {
    if (process.argv.includes('--full')) {
      const full = await fullRun(folder);
      runs.push(...full.runs);
      failedSteps = printSteps(full.steps);
    } else if (only === 'unit') runs.push(await runProject(UNIT, folder));
    else {
      buildPreviousRelease();
      if (only === 'e2e') runs.push(...(await Promise.all([CHROMIUM, FIREFOX].map((run) => runProject(run, folder)))));
      else runs.push(...(await runTracks(folder)));
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  const total = addSummaries(runs);
  total.failed += failedSteps;
  printSlowest(total);
  process.stdout.write(`\nTook ${Math.round((Date.now() - started) / 1000)} s\n${closingLine(total)}\n`);
  process.exitCode = total.failed > 0 ? 1 : 0;
}

await main();
