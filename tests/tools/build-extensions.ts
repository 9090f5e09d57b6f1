/**
 * Several builds in one process: each `wxt build` on the command line pays its own start-up (node, wxt, Vite: ~2 s on
 * 2 cores); here only the first does. The plain Chrome and Firefox builds are the command line's, file for file
 * (md5sum). A build in a chosen UI language is the plain build with that language's catalog in every locale folder,
 * copied from it (deriveLanguageBuild below): the code that ships, where wxt's `--mode lang-fr` gave a build of
 * its own (another mode: a pretty-printed manifest, other chunk hashes). `npm test` makes
 * its builds with it: the plain ones, and the UI languages the end-to-end suite loads
 * (tests/tools/test-run/full-run.ts); so does the previous release's build from git
 * (tests/e2e/harness/previous-release.ts), run in that release's source tree: wxt builds the folder it runs in.
 * Usage: tsx tests/tools/build-extensions.ts chrome firefox chrome:lang-fr firefox:lang-pseudo …
 */
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'wxt';
import type { UiLanguage } from '../e2e/harness/paths';
import { catalogFor } from './ui-language-build';

interface Target {
  browser: 'chrome' | 'firefox';
  uiLanguage?: UiLanguage;
}

const LANGUAGES: readonly UiLanguage[] = ['fr', 'en', 'pseudo'];

function parseTarget(text: string): Target {
  const [browser, mode] = text.split(':');
  const uiLanguage = mode?.replace(/^lang-/, '') as UiLanguage | undefined;
  if ((browser !== 'chrome' && browser !== 'firefox') || (uiLanguage && !LANGUAGES.includes(uiLanguage))) {
    throw new Error(`Unknown target "${text}": chrome or firefox, optionally :lang-fr, :lang-en or :lang-pseudo.`);
  }
  return { browser, ...(uiLanguage ? { uiLanguage } : {}) };
}

const readCatalog = (language: 'en' | 'fr') =>
  JSON.parse(readFileSync(join(process.cwd(), 'public/_locales', language, 'messages.json'), 'utf8'));

/**
 * A build in a chosen UI language is the plain build with that language's catalog in every locale folder: the code
 * is the same (the pages speak the language of the catalog the browser picked, utils/i18n/browser-translator.ts),
 * so it is copied, not built again (under 0.1 s, where a build took ~4.5 s).
 */
function deriveLanguageBuild(browser: Target['browser'], uiLanguage: UiLanguage): void {
  const plain = join(process.cwd(), '.output', `${browser}-mv3`);
  const target = `${plain}-lang-${uiLanguage}`;
  rmSync(target, { recursive: true, force: true });
  cpSync(plain, target, { recursive: true });
  const chosen = catalogFor(uiLanguage, { en: readCatalog('en'), fr: readCatalog('fr') });
  const catalog = `${JSON.stringify(chosen, null, 2)}\n`;
  for (const locale of readdirSync(join(target, '_locales'))) {
    writeFileSync(join(target, '_locales', locale, 'messages.json'), catalog);
  }
}

const built = new Set<Target['browser']>();
for (const target of process.argv.slice(2).map(parseTarget)) {
  const started = Date.now();
  // The plain build first, once, in this run: a language build is made from it.
  if (!built.has(target.browser)) {
    await build({ browser: target.browser, manifestVersion: 3 });
    built.add(target.browser);
  }
  if (target.uiLanguage) deriveLanguageBuild(target.browser, target.uiLanguage);
  // wxt writes into the .output/ of the folder it runs in (the previous release's source tree, for one).
  const what = target.uiLanguage ? `${target.browser} (lang-${target.uiLanguage})` : target.browser;
  console.log(`Built ${what} into ${join(process.cwd(), '.output')} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
