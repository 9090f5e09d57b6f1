/**
 * Real managed policy files, as IT would deploy them. Browsers read them from /etc, so writing them needs root;
 * each file is removed when the session closes so no policy leaks into the next test.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { hasIdleBrowsers } from './idle-browsers';

export type PolicyValues = Record<string, unknown>;

export const CHROMIUM_POLICY_FILE = '/etc/chromium/policies/managed/passerelle-test.json';
export const FIREFOX_POLICY_FILE = '/etc/firefox/policies/policies.json';

function requireRoot(path: string): void {
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    throw new Error(
      `Writing the managed policy file ${path} needs root (browsers read policy from /etc). Run the e2e tests as root.`,
    );
  }
}

export interface PolicyFile {
  path: string;
  remove(): void;
}

/** Policy files written and not yet removed: removed at the process's exit if a test could not. */
const written = new Set<string>();
process.once('exit', () => {
  for (const path of written) rmSync(path, { force: true });
});

export function writePolicyFile(path: string, document: unknown): PolicyFile {
  requireRoot(path);
  if (hasIdleBrowsers()) {
    throw new Error(`An idle shared browser would read ${path}: await closeIdleBrowsers() before writing it.`);
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(document, null, 2)}\n`);
  written.add(path);
  return {
    path,
    remove: () => {
      rmSync(path, { force: true });
      written.delete(path);
    },
  };
}

export function chromiumPolicyDocument(extensionId: string, values: PolicyValues): unknown {
  return { '3rdparty': { extensions: { [extensionId]: values } } };
}

export function firefoxPolicyDocument(geckoId: string, values: PolicyValues): unknown {
  return { policies: { '3rdparty': { Extensions: { [geckoId]: values } } } };
}
