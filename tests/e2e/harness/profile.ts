import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh, empty browser profile directory, and how to remove it. */
export function freshProfileDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `passerelle-${prefix}-`));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}
