/** Where the built extension and the test tools live, and the extension's fixed identities. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** PASSERELLE_OUTPUT_DIR runs the tests on a copy of the build (e.g. while someone else rebuilds .output). */
const OUTPUT_DIR = resolve(REPO_ROOT, process.env.PASSERELLE_OUTPUT_DIR || '.output');
export const CHROME_BUILD_DIR = join(OUTPUT_DIR, 'chrome-mv3');
export const FIREFOX_BUILD_DIR = join(OUTPUT_DIR, 'firefox-mv3');

/** A UI language chosen at build time (`npm run build:languages`): the build speaks it whatever the browser's. */
export type UiLanguage = 'fr' | 'en' | 'pseudo';

/**
 * The UI languages the end-to-end suite loads (experience.spec.ts): French, and the pseudo-locale for overflow and
 * hard-coded text. English is the default build's. `npm test` builds only these (tests/tools/test-run/full-run.ts).
 */
export const TESTED_UI_LANGUAGES: readonly UiLanguage[] = ['fr', 'pseudo'];

/** The build of a browser, in a chosen UI language (`.output/chrome-mv3-lang-fr`) or the default one. */
export function buildDirFor(browser: 'chrome' | 'firefox', uiLanguage?: UiLanguage): string {
  const base = browser === 'chrome' ? CHROME_BUILD_DIR : FIREFOX_BUILD_DIR;
  return uiLanguage ? `${base}-lang-${uiLanguage}` : base;
}

export function buildCommandFor(browser: 'chrome' | 'firefox', uiLanguage?: UiLanguage): string {
  return `npx tsx tests/tools/build-extensions.ts ${browser}${uiLanguage ? `:lang-${uiLanguage}` : ''}`;
}

/** Pinned by `manifest.key` (utils/manifest/build-manifest.ts); the harness checks the browser agrees. */
export const CHROMIUM_EXTENSION_ID = 'cifaohidikfhkpngmoilplcgkjnogigj';
export const GECKO_ID = 'passerelle@passerelle.example';
/** Fixed through the `extensions.webextensions.uuids` pref, so moz-extension:// URLs are known in advance. */
export const FIREFOX_EXTENSION_UUID = '7d3f2c1e-5a4b-4c6d-8e9f-0a1b2c3d4e5f';

export function requireBuild(dir: string, command: string): string {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`The built extension is missing in ${dir}: run \`${command}\` (or \`npm run build\`) first.`);
  }
  return dir;
}
