/**
 * Several wxt builds in one process: each `wxt build` on the command line pays its own start-up (node, wxt, Vite:
 * ~2 s on 2 cores); here only the first does. The plain Chrome and Firefox builds are the command line's, file for
 * file (md5sum). The UI-language builds are not: `wxt build --mode lang-fr` on the command line bundles Preact's
 * development JSX (file names and line numbers), while here they come out as production code like the shipped
 * build, their language aside. `npm test` makes its builds with it: the plain ones, and the UI languages the
 * end-to-end suite loads (tests/tools/test-run/full-run.ts); so does the previous release's build from git
 * (tests/e2e/harness/previous-release.ts), run in that release's source tree: wxt builds the folder it runs in.
 * Usage: tsx tests/tools/build-extensions.ts chrome firefox chrome:lang-fr firefox:lang-pseudo …
 */
import { join } from 'node:path';
import { build } from 'wxt';
import type { UiLanguage } from '../e2e/harness/paths';

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

for (const target of process.argv.slice(2).map(parseTarget)) {
  const started = Date.now();
  await build({
    browser: target.browser,
    manifestVersion: 3,
    ...(target.uiLanguage ? { mode: `lang-${target.uiLanguage}` } : {}),
  });
  // wxt writes into the .output/ of the folder it runs in (the previous release's source tree, for one).
  const what = target.uiLanguage ? `${target.browser} (lang-${target.uiLanguage})` : target.browser;
  console.log(`Built ${what} into ${join(process.cwd(), '.output')} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
