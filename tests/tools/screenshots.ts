/**
 * `npm run screenshots`: every page × {fr, en} × {light, dark} × {Chromium, Firefox} into one folder
 * (.output/screenshots/<browser>-<lang>-<scheme>-<page>.png), against the demo ESN, on the builds made for each UI
 * language (run `npm run build` first). Then copies the few the README shows to tests/e2e/screenshots/, so they are
 * regenerated, never stale. For a visual check in review: open the folder and compare.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../e2e/harness/chromium';
import { type DemoEsn, demoConfigUrl, startDemoEsn } from '../e2e/harness/demo';
import { launchFirefox } from '../e2e/harness/firefox';
import { REPO_ROOT } from '../e2e/harness/paths';
import type { ExtensionSession, ExtPage, LaunchOptions } from '../e2e/harness/session';
import { waitForSnapshot } from '../e2e/harness/snapshot';
import { PopupPage } from '../e2e/pages/popup';

const OUT_DIR = join(REPO_ROOT, '.output/screenshots');
const README_DIR = join(REPO_ROOT, 'tests/e2e/screenshots');
/** The README's images: name in the README folder ← name in the screenshots folder. */
const README_IMAGES: Record<string, string> = {
  'popup.png': 'chromium-fr-light-popup.png',
  'popup-en-dark.png': 'chromium-en-dark-popup.png',
};
const POPUP_SIZE = { width: 400, height: 600 };
const PAGE_SIZE = { width: 1024, height: 768 };
const UNKNOWN_FROM = encodeURIComponent('https://old-intranet.example/rh/restauration/menus-semaine.aspx');

type Launch = (options: LaunchOptions) => Promise<ExtensionSession>;
const BROWSERS: [string, Launch][] = [
  ['chromium', launchChromium],
  ['firefox', launchFirefox],
];

/** Opens a page at a size, waits until `ready` holds in it, and saves it. */
async function shoot(
  session: ExtensionSession,
  path: string,
  size: { width: number; height: number },
  file: string,
  ready: (page: ExtPage) => Promise<unknown>,
): Promise<void> {
  const page = await session.openPage(path);
  try {
    await page.setViewport(size);
    await ready(page);
    await page.screenshot(file);
  } finally {
    await page.close();
  }
}

async function shootAll(
  esn: DemoEsn,
  browser: string,
  launch: Launch,
  language: 'fr' | 'en',
  scheme: 'light' | 'dark',
) {
  const session = await launch({ uiLanguage: language, colorScheme: scheme });
  const name = (page: string) => join(OUT_DIR, `${browser}-${language}-${scheme}-${page}.png`);
  try {
    await session.setUserSettings({ configUrl: demoConfigUrl(esn) });
    await waitForSnapshot(
      session,
      (snapshot) => snapshot.news.unreadCount > 0 && snapshot.sections.builtAt !== null,
      'news and sections synced',
    );
    const popup = await PopupPage.open(session);
    await popup.page.setViewport(POPUP_SIZE);
    await popup.waitForTools();
    await popup.waitForNews();
    await popup.page.screenshot(name('popup'));
    await popup.close();
    const has = (css: string) => (page: ExtPage) =>
      page.waitForFunction((selector: string) => document.querySelector(selector) !== null, css);
    await shoot(session, 'options.html', PAGE_SIZE, name('options'), has('main form'));
    await shoot(session, 'welcome.html', PAGE_SIZE, name('welcome'), has('main h1'));
    await shoot(
      session,
      `moved.html?id=canteen-menus&from=${UNKNOWN_FROM}`,
      PAGE_SIZE,
      name('guidance'),
      has('[data-testid=moved-title]'),
    );
    await shoot(
      session,
      `moved.html?id=no-such-section&from=${UNKNOWN_FROM}`,
      PAGE_SIZE,
      name('guidance-unknown'),
      has('[data-testid=sections-no-results], [data-testid=moved-results]'),
    );
  } finally {
    await session.close();
  }
}

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  const esn = await startDemoEsn();
  try {
    for (const [browser, launch] of BROWSERS) {
      for (const language of ['fr', 'en'] as const) {
        for (const scheme of ['light', 'dark'] as const) {
          console.log(`${browser} ${language} ${scheme}…`);
          await shootAll(esn, browser, launch, language, scheme);
        }
      }
    }
  } finally {
    await esn.close();
  }
  for (const [readmeName, shot] of Object.entries(README_IMAGES)) {
    copyFileSync(join(OUT_DIR, shot), join(README_DIR, readmeName));
  }
  console.log(`Screenshots in ${OUT_DIR}; the README's copied to ${README_DIR}.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
