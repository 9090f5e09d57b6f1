import { mkdtempSync, rmSync } from 'node:fs';
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
