/**
 * `npm test`'s test stage: two tracks side by side — the Chromium end-to-end project, and the unit project followed
 * by the Firefox end-to-end project: measured on a fresh clone, Chromium 6 min 9 s beside unit 54 s then Firefox
 * 5 min 38 s. The unit tests go with Firefox, whose launches are dearer but fewer now that one browser serves a
 * whole run (with them beside Chromium instead, that track would be the longer by half a minute).
 * The browsers can share the machine because each reads its own policy files (/etc/chromium/…, /etc/firefox/…)
 * and each project runs its own files one at a time. Ends with the 10 slowest tests and one closing line,
 * "Tests: N passed, N failed, N skipped", the sum of the three runs.
 * Usage: tsx tests/tools/test-run/run-tests.ts [--only unit|e2e]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { previousReleaseBuilds } from '../../e2e/harness/previous-release';
import { addSummaries, closingLine, type RunSummary, SUMMARY_FILE_VARIABLE, slowestTests } from './summary';

interface ProjectRun {
  /** Names the summary file. */
  project: string;
  /** Printed before each of its output lines, so runs side by side stay readable. */
  label: string;
}

const UNIT: ProjectRun = { project: 'unit', label: 'unit    ' };
const CHROMIUM: ProjectRun = { project: 'e2e-chromium', label: 'chromium' };
const FIREFOX: ProjectRun = { project: 'e2e-firefox', label: 'firefox ' };

function runProject(run: ProjectRun, folder: string): Promise<RunSummary> {
  const summaryFile = join(folder, `${run.project}.json`);
  const child = spawn('npx', ['vitest', 'run', '--project', run.project], {
    env: { ...process.env, [SUMMARY_FILE_VARIABLE]: summaryFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) forwardLines(stream, `${run.label} │ `);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      try {
        const summary = JSON.parse(readFileSync(summaryFile, 'utf8')) as RunSummary;
        // vitest also fails a run whose tests all passed, on an unhandled error: keep that failure visible.
        if (code !== 0 && summary.failed === 0) {
          process.stdout.write(`${run.label} │ vitest exited with code ${code} (see its errors above)\n`);
          summary.failed = 1;
        }
        resolve(summary);
      } catch {
        // vitest stopped before its reporter wrote anything (bad config, crash): one failure, so it is seen.
        process.stdout.write(`${run.label} │ vitest exited with code ${code} and no result\n`);
        resolve({ passed: 0, failed: 1, skipped: 0, tests: [] });
      }
    });
  });
}

function forwardLines(stream: NodeJS.ReadableStream, prefix: string): void {
  let pending = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) process.stdout.write(`${prefix}${line}\n`);
  });
  stream.on('end', () => {
    if (pending) process.stdout.write(`${prefix}${pending}\n`);
  });
}

function printSlowest(summary: RunSummary): void {
  process.stdout.write('\nSlowest tests:\n');
  for (const test of slowestTests(summary, 10)) {
    process.stdout.write(`  ${(test.durationMs / 1000).toFixed(1).padStart(6)} s  ${test.file} › ${test.name}\n`);
  }
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
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
  const folder = mkdtempSync(join(tmpdir(), 'passerelle-tests-'));
  const runs: RunSummary[] = [];
  try {
    if (only === 'unit') runs.push(await runProject(UNIT, folder));
    else {
      buildPreviousRelease();
      if (only === 'e2e') runs.push(...(await Promise.all([CHROMIUM, FIREFOX].map((run) => runProject(run, folder)))));
      else {
        const unitThenFirefox = async () => [await runProject(UNIT, folder), await runProject(FIREFOX, folder)];
        const [chromium, others] = await Promise.all([runProject(CHROMIUM, folder), unitThenFirefox()]);
        runs.push(...others, chromium);
      }
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  const total = addSummaries(runs);
  printSlowest(total);
  process.stdout.write(`\n${closingLine(total)}\n`);
  process.exitCode = total.failed > 0 ? 1 : 0;
}

await main();
