import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh, empty browser profile directory, and how to remove it. */
export function freshProfileDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `passerelle-${prefix}-`));
}

// A browser's helper processes can still be writing into the profile for a moment after the browser said it closed
// (seen with Firefox on a loaded machine: ENOTEMPTY), so retry for up to ~15 s (linear backoff) before failing.
export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 250 });
}

/** The processes, other than this one, whose command line names `dir` (a browser on that profile). Linux (/proc). */
function processesUsing(dir: string): number[] {
  if (!existsSync('/proc')) return [];
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry) && Number(entry) !== process.pid)
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(dir);
      } catch {
        return false; // gone meanwhile
      }
    })
    .map(Number);
}

/**
 * Kills, synchronously, every process whose command line names `dir` (a browser and its helpers started on that
 * profile), and waits until they are gone: for the process's exit, when a parked browser cannot be closed the
 * asynchronous way and a helper still writing would put files back into a profile being removed. Linux (/proc).
 */
export function killProcessesUsing(dir: string): void {
  for (const pid of processesUsing(dir)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone meanwhile
    }
  }
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let waited = 0; waited < 5_000 && processesUsing(dir).length > 0; waited += 25) Atomics.wait(pause, 0, 0, 25);
}

/**
 * Removes the profiles (`passerelle-<prefix>-*` in `folder`) that no running process uses: what an earlier run left
 * when its end came before its exit handler could clean up (one Chromium profile per full `npm test` was found left
 * in /tmp, written at the very end of the run). A browser's project calls it before its first test. Returns them.
 */
export function removeLeftoverProfiles(prefix: string, folder = tmpdir()): string[] {
  const leftovers = readdirSync(folder)
    .filter((name) => name.startsWith(`passerelle-${prefix}-`))
    .map((name) => join(folder, name))
    .filter((dir) => processesUsing(dir).length === 0);
  for (const dir of leftovers) removeDir(dir);
  return leftovers;
}
