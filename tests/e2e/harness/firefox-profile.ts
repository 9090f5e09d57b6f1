/**
 * Firefox profiles for the tests: copies of an empty profile Firefox has already started once. Firefox's first start
 * on an empty folder creates its databases and caches; measured here on 2 cores: 4.6–5.7 s to launch on an empty
 * folder, 3.4–4.4 s on a copy. The template is made once per Firefox version, under .output/, and never holds an
 * add-on or its storage (the add-on is installed at each launch, after the copy).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { firefoxExecutable } from './executables';
import { REPO_ROOT } from './paths';
import { FIREFOX_POLICY_FILE } from './policy-file';
import { freshProfileDir } from './profile';

let template: Promise<string> | undefined;

/** Makes the template now: the e2e-firefox project's global setup, before any test writes a policy file. */
export async function prepareFirefoxProfileTemplate(): Promise<void> {
  template ??= profileTemplate();
  await template;
}

/** A new profile folder for one session, a copy of the started-once template (the caller removes it). */
export async function firefoxProfileDir(prefix: string): Promise<string> {
  template ??= profileTemplate();
  const source = await template;
  const dir = freshProfileDir(prefix);
  cpSync(source, dir, { recursive: true });
  return dir;
}

async function profileTemplate(): Promise<string> {
  const executablePath = firefoxExecutable();
  const version = execFileSync(executablePath, ['--version'], { encoding: 'utf8' }).trim();
  const dir = join(REPO_ROOT, '.output', `firefox-profile-${version.replace(/[^\w.]+/g, '-')}`);
  if (isTemplate(dir)) return dir;
  // Firefox would apply a test's policy (even force-install an add-on) to the template, and so to every copy.
  if (existsSync(FIREFOX_POLICY_FILE)) {
    throw new Error(
      `The Firefox profile template must be made with no ${FIREFOX_POLICY_FILE} (the e2e-firefox global setup does).`,
    );
  }
  // Made aside, then renamed into place: two test runs may make it at the same time.
  const building = `${dir}.building-${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    protocol: 'webDriverBiDi',
    args: ['--remote-allow-system-access'],
    userDataDir: building,
  });
  await browser.close();
  if (!isTemplate(dir)) renameSync(building, dir);
  rmSync(building, { recursive: true, force: true });
  return dir;
}

/** prefs.js is written when Firefox shuts down cleanly: its presence says the first start completed. */
function isTemplate(dir: string): boolean {
  return existsSync(join(dir, 'prefs.js'));
}
