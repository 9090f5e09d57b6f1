import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeLeftoverProfiles } from '../../e2e/harness/profile';

const folders: string[] = [];
const children: ChildProcess[] = [];

afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function profile(folder: string, name: string): string {
  const dir = join(folder, name);
  mkdirSync(join(dir, 'Default'), { recursive: true });
  writeFileSync(join(dir, 'Local State'), '{}');
  return dir;
}

/** A process whose command line names `dir`, as a browser started on that profile does. */
async function processUsing(dir: string): Promise<void> {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)', dir], { stdio: 'ignore' });
  children.push(child);
  // Started when its command line shows the profile (/proc is written as the process starts).
  while (
    !existsSync(`/proc/${child.pid}/cmdline`) ||
    !readFileSync(`/proc/${child.pid}/cmdline`, 'utf8').includes(dir)
  ) {
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe('the profiles an earlier e2e run left behind', () => {
  it('are removed for the given browser, unless a running process uses them; other folders stay', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'leftover-profiles-'));
    folders.push(folder);
    const left = profile(folder, 'passerelle-chromium-AbC123');
    const leftManaged = profile(folder, 'passerelle-chromium-managed-XyZ789');
    const inUse = profile(folder, 'passerelle-chromium-InUse1');
    const firefox = profile(folder, 'passerelle-firefox-Qrs456');
    const other = profile(folder, 'someone-else');
    await processUsing(inUse);

    const removed = removeLeftoverProfiles('chromium', folder);

    expect(removed.sort()).toEqual([left, leftManaged].sort());
    expect([left, leftManaged].map(existsSync)).toEqual([false, false]);
    expect([inUse, firefox, other].map(existsSync)).toEqual([true, true, true]);
  });
});
