/**
 * `npm test` starts the end-to-end tracks as soon as the plain builds exist and makes the rest (the UI-language
 * builds, the previous release) beside them: `run-tests.ts --build` names a folder where each build still under way
 * has a `<folder name>.pending` file, removed when that build ends (made or failed). A test that needs such a build
 * waits for it here; outside `npm test` nothing is pending and this returns at once.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { waitUntil } from './wait';

export const PENDING_BUILDS_VARIABLE = 'PASSERELLE_PENDING_BUILDS';

/** Longer than the background builds take on 2 busy cores (~1 min), shorter than a test's own limit. */
const PENDING_WAIT_MS = 80_000;

function pendingFile(buildDir: string, folder = process.env[PENDING_BUILDS_VARIABLE]): string | undefined {
  return folder ? join(folder, `${basename(buildDir)}.pending`) : undefined;
}

/** Resolves once `buildDir` is no longer being built (then check it exists: a failed build is only over). */
export async function untilNotPending(buildDir: string): Promise<void> {
  const file = pendingFile(buildDir);
  if (!file || !existsSync(file)) return;
  await waitUntil(() => !existsSync(file), { timeoutMs: PENDING_WAIT_MS, intervalMs: 200, what: `${file} to go` });
}

/** The orchestrator's side: marks the builds it is about to make in `folder` (then named by the variable). */
export function markPending(folder: string, buildDirs: readonly string[]): void {
  mkdirSync(folder, { recursive: true });
  for (const dir of buildDirs) writeFileSync(pendingFile(dir, folder) as string, '');
}

/** The build is over, made or failed; `folder` defaults to the variable's (the builder's side). */
export function clearPending(buildDir: string, folder?: string): void {
  const file = pendingFile(buildDir, folder);
  if (file) rmSync(file, { force: true });
}
