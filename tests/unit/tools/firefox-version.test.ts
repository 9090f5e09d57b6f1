// @vitest-environment node
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { requireFirefoxVersion } from '../../e2e/harness/executables';

const folder = mkdtempSync(join(tmpdir(), 'passerelle-firefox-version-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** An executable that prints what `firefox --version` would. */
function firefoxPrinting(printed: string): string {
  const path = join(folder, `firefox-${Math.random().toString(36).slice(2)}`);
  writeFileSync(path, `#!/bin/sh\necho "${printed}"\n`);
  chmodSync(path, 0o755);
  return path;
}

it('accepts the minimum and newer', () => {
  expect(() => requireFirefoxVersion('142.0', firefoxPrinting('Mozilla Firefox 142.0esr'))).not.toThrow();
  expect(() => requireFirefoxVersion('142.0', firefoxPrinting('Mozilla Firefox 153.8.0esr'))).not.toThrow();
});

it('refuses an older ESR, naming it, the minimum and the fix', () => {
  expect(() => requireFirefoxVersion('142.0', firefoxPrinting('Mozilla Firefox 140.12.0esr'))).toThrow(
    /^Mozilla Firefox 140\.12\.0esr at .+ is older than 142\.0, the add-on's strict_min_version\. .*apt-get update/,
  );
});

it('refuses a program that prints no version', () => {
  expect(() => requireFirefoxVersion('142.0', firefoxPrinting(''))).toThrow(/^An unknown Firefox at .+ is older/);
});
