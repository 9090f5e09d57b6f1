// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { DISABLE_QUIET_FEATURES, playwrightChromium } from '../../e2e/harness/chromium-features';

const folder = mkdtempSync(join(tmpdir(), 'passerelle-merged-features-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The arguments the script hands to Chromium, read from a stand-in that prints one per line. */
function argumentsGiven(args: string[]): string[] {
  const printer = join(folder, 'chromium');
  writeFileSync(printer, '#!/bin/sh\nprintf "%s\\n" "$@"\n');
  chmodSync(printer, 0o755);
  const { executablePath, env } = playwrightChromium();
  const printed = execFileSync(executablePath, args, {
    env: { ...env, PASSERELLE_CHROMIUM: printer },
    encoding: 'utf8',
  });
  return printed.split('\n').filter(Boolean);
}

it("merges playwright's list and the harness's into one --disable-features, after the other arguments", () => {
  expect(
    argumentsGiven(['--headless', '--disable-features=A,B', '--user-data-dir=/tmp/a b', DISABLE_QUIET_FEATURES]),
  ).toEqual([
    '--headless',
    '--user-data-dir=/tmp/a b',
    '--disable-features=A,B,WebUIOmniboxPopup,WebUIOmniboxAimPopup',
  ]);
});

it('passes the arguments as they are when none turns a feature off', () => {
  expect(argumentsGiven(['--headless', '--enable-features=C'])).toEqual(['--headless', '--enable-features=C']);
});

it('refuses to start without the Chromium to run', () => {
  const { executablePath, env } = playwrightChromium();
  expect(() => execFileSync(executablePath, [], { env: { ...env, PASSERELLE_CHROMIUM: '' }, stdio: 'pipe' })).toThrow(
    /the harness sets the Chromium to start/,
  );
});

it("gives Chromium a PATH where the desktop's menu tools do nothing, and the rest is found as before", () => {
  const { env } = playwrightChromium();
  const found = (tool: string) =>
    execFileSync('/bin/sh', ['-c', `command -v ${tool}`], { env, encoding: 'utf8' }).trim();
  for (const tool of ['xdg-desktop-menu', 'xdg-icon-resource']) {
    expect(realpathSync(found(tool))).toBe(realpathSync('/bin/true'));
  }
  expect(found('sed')).toBe(execFileSync('/bin/sh', ['-c', 'command -v sed'], { encoding: 'utf8' }).trim());
});
