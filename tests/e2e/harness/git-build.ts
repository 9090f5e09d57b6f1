/**
 * An extension built from one commit of this repository: its files from `git archive` into `dir`, today's
 * node_modules linked in (the commits built this way need no dependency today's lock file lacks), then `command`.
 * Used for the previous release (previous-release.ts) and the paired bench (tests/bench/pair.ts).
 */
import { execSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './paths';

export function buildCommitInto(commit: string, dir: string, command: string): void {
  mkdirSync(dir, { recursive: true });
  execSync(`git -C "${REPO_ROOT}" archive ${commit} | tar -x -C "${dir}"`, { stdio: 'pipe' });
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  execSync(command, { cwd: dir, stdio: 'pipe' });
}
