/**
 * The employee's experience end to end, written once and run in each browser by experience.<browser>.test.ts:
 * the popup at 400×600, the options page and the guidance page, in French and in the pseudo-locale (accented,
 * 40 % longer: what clips shows here first), light and dark. No text wider than its box, the search box and the
 * first unread news within the popup's 600 px, no text under 13 px, and no axe violation (colour contrast
 * included) — against the demo ESN, on the builds made for each UI language (npm run build:languages).
 */
import { expect, it } from 'vitest';
import { describeViolations } from './harness/axe';
import { type DemoEsn, demoConfigUrl, withDemoEsn } from './harness/demo';
import { TESTED_UI_LANGUAGES, type UiLanguage } from './harness/paths';
import type { ColorSchemeControl, ExtensionSession, ExtPage, LaunchOptions } from './harness/session';
import { waitForSnapshot } from './harness/snapshot';
import { bottomOf, overflowingText, smallestText } from './pages/layout';
import { POPUP_SELECTORS, PopupPage } from './pages/popup';

export type Launch = (options?: LaunchOptions) => Promise<ExtensionSession & ColorSchemeControl>;

type ColorScheme = 'light' | 'dark';

const POPUP_SIZE = { width: 400, height: 600 };
const PAGE_SIZE = { width: 1024, height: 768 };

/** Points the extension at the demo ESN and waits until news and the sections index are in. */
async function configure(session: ExtensionSession, esn: DemoEsn): Promise<void> {
  await session.setUserSettings({ configUrl: demoConfigUrl(esn) });
  await waitForSnapshot(
    session,
    (snapshot) => snapshot.news.unreadCount > 0 && snapshot.sections.builtAt !== null,
    'news and sections synced',
  );
}

/** The checks every page passes: styled, nothing clipped, no small text, no axe violation. */
async function expectReadable(page: ExtPage, where: string): Promise<void> {
  // The page's stylesheet applies (written into the page by the build: wxt.config.ts), its colours with it.
  const accent = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent'));
  expect(accent.trim(), `${where}: the page's stylesheet`).not.toBe('');
  expect(await overflowingText(page), `${where}: text wider than its box`).toEqual([]);
  const smallest = await smallestText(page);
  expect(smallest.size, `${where}: smallest text, ${smallest.element}`).toBeGreaterThanOrEqual(13);
  const violations = await page.runAxe();
  expect(violations, `${where}: ${describeViolations(violations)}`).toEqual([]);
}

/** The popup, its help menu, the options page and the guidance page, checked in the current colour scheme. */
async function expectPagesReadable(session: ExtensionSession, uiLanguage: UiLanguage, scheme: ColorScheme) {
  const where = `${uiLanguage} ${scheme}`;
  const popup = await PopupPage.open(session);
  await popup.page.setViewport(POPUP_SIZE);
  await popup.waitForTools();
  await popup.waitForNews();
  await popup.waitForLogo();
  if (uiLanguage === 'fr') expect(await popup.language()).toBe('fr');
  expect(
    await popup.page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches),
    'the browser gives the pages the chosen colour scheme',
  ).toBe(scheme === 'dark');
  const searchBottom = await bottomOf(popup.page, POPUP_SELECTORS.searchBox);
  const newsBottom = await bottomOf(popup.page, POPUP_SELECTORS.firstUnreadNews);
  expect(searchBottom, `${where}: search box`).not.toBeNull();
  expect(searchBottom ?? Number.POSITIVE_INFINITY).toBeLessThanOrEqual(POPUP_SIZE.height);
  expect(newsBottom, `${where}: first unread news`).not.toBeNull();
  expect(newsBottom ?? Number.POSITIVE_INFINITY, `${where}: first unread news`).toBeLessThanOrEqual(POPUP_SIZE.height);
  await expectReadable(popup.page, `popup ${where}`);
  // The help menu open: its links fit too.
  await popup.page.click(POPUP_SELECTORS.menu);
  await expectReadable(popup.page, `popup menu ${where}`);
  await popup.close();

  const options = await session.openPage('options.html');
  await options.setViewport(PAGE_SIZE);
  await options.waitForFunction(() => document.querySelector('main form') !== null);
  await expectReadable(options, `options ${where}`);
  await options.close();

  const from = encodeURIComponent('https://old-intranet.example/rh/restauration/menus-semaine.aspx');
  const unknown = await session.openPage(`moved.html?id=no-such-section&from=${from}`);
  await unknown.setViewport(PAGE_SIZE);
  await unknown.waitForFunction(
    () => document.querySelector('[data-testid=sections-no-results], [data-testid=moved-results]') !== null,
  );
  await expectReadable(unknown, `guidance page, unknown section, ${where}`);
  await unknown.close();
}

export function defineExperienceTests(launch: Launch): void {
  // Each language is its own build, installed on the shared browser; the colour scheme changes while it runs.
  it.each(TESTED_UI_LANGUAGES)(
    'popup, options and guidance pages fit and pass axe (%s, light then dark)',
    async (uiLanguage) => {
      await withDemoEsn(async (esn) => {
        const session = await launch({ uiLanguage });
        try {
          await configure(session, esn);
          for (const scheme of ['light', 'dark'] as const) {
            await session.setColorScheme(scheme);
            await expectPagesReadable(session, uiLanguage, scheme);
          }
        } finally {
          await session.close();
        }
      });
    },
  );
}
