/** One vitest project run as a child of `run-tests.ts`: its output labelled, its counts read from its summary file. */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { forwardLines, printLine } from './steps';
import { type RunSummary, SUMMARY_FILE_VARIABLE } from './summary';

export interface ProjectRun {
  /** Names the summary file. */
  project: string;
  /** Printed before each of its output lines, so runs side by side stay readable. */
  label: string;
}

export const UNIT: ProjectRun = { project: 'unit', label: 'unit    ' };
export const CHROMIUM: ProjectRun = { project: 'e2e-chromium', label: 'chromium' };
export const FIREFOX: ProjectRun = { project: 'e2e-firefox', label: 'firefox ' };

/** A run that could not start (its build failed): one failure, so it is seen. */
export const NOT_RUN: RunSummary = { passed: 0, failed: 1, skipped: 0, tests: [] };

export function runProject(run: ProjectRun, folder: string): Promise<RunSummary> {
  const summaryFile = join(folder, `${run.project}.json`);
  const child = spawn('npx', ['vitest', 'run', '--project', run.project], {
    env: { ...process.env, [SUMMARY_FILE_VARIABLE]: summaryFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) forwardLines(stream, printLine(`${run.label} │ `));
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
        resolve({ ...NOT_RUN });
      }
    });
  });
}

/**
 * The two tracks side by side: the Chromium end-to-end project, and the unit project followed by the Firefox one.
 * The browsers can share the machine because each reads its own policy files (/etc/chromium/…, /etc/firefox/…) and
 * each project runs its own files one at a time.
 */
export async function runTracks(folder: string): Promise<RunSummary[]> {
  const unitThenFirefox = async () => [await runProject(UNIT, folder), await runProject(FIREFOX, folder)];
  const [chromium, others] = await Promise.all([runProject(CHROMIUM, folder), unitThenFirefox()]);
  return [...others, chromium];
}
