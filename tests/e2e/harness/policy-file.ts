/**
 * Real managed policy files, as IT would deploy them. Browsers read them from /etc, so writing them needs root;
 * each file is removed when the session closes so no policy leaks into the next test.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

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

export function writePolicyFile(path: string, document: unknown): PolicyFile {
  requireRoot(path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(document, null, 2)}\n`);
  return { path, remove: () => rmSync(path, { force: true }) };
}

export function chromiumPolicyDocument(extensionId: string, values: PolicyValues): unknown {
  return { '3rdparty': { extensions: { [extensionId]: values } } };
}

export function firefoxPolicyDocument(geckoId: string, values: PolicyValues): unknown {
  return { policies: { '3rdparty': { Extensions: { [geckoId]: values } } } };
}
