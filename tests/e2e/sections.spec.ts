/**
 * The relocated sections end to end, written once and run in each browser by sections.<browser>.test.ts,
 * against the demo ESN: the popup search finds a section and opens its new address; an old address (on the
 * demo ESN, or on a host that does not resolve) lands on the guidance page and then on the new address; a new
 * index on the ESN changes the rules after a refresh.
 */
import { describe, expect, it } from 'vitest';
import { parseGuidanceQuery } from '../../utils/sections/guidance';
import { FORMER_INTRANET } from '../demo-esn/content/sections';
import { sectionEntries } from '../demo-esn/content/sections-index';
import { type DemoEsn, demoConfigUrl } from './harness/demo';
import type { ExtensionSession, LaunchOptions } from './harness/session';
import { type DemoSession, type SharedSetup, shareDemoSession } from './harness/shared-setup';
import { waitForSnapshot } from './harness/snapshot';
import { waitUntil } from './harness/wait';
import { MovedPage } from './pages/moved';
import { OptionsPage } from './pages/options';
import { PopupPage } from './pages/popup';

export type Launch = (options?: LaunchOptions) => Promise<ExtensionSession>;

/** Points the extension at the demo ESN and waits until the index is built and its rules installed. */
async function configure(session: ExtensionSession, esn: DemoEsn, minimumRules = 1): Promise<void> {
  await session.setUserSettings({ configUrl: demoConfigUrl(esn) });
  await waitForSnapshot(
    session,
    (snapshot) => snapshot.sections.entryCount > 0 && snapshot.sections.guidance.ruleCount >= minimumRules,
    'sections index built and guidance rules installed',
  );
}

/** Refreshes the index as IT does: the options page, "For IT", "Fetch the configuration and the sections index now". */
async function refreshSections(session: ExtensionSession): Promise<void> {
  const options = await OptionsPage.open(session);
  await options.openForIt();
  await options.page.click('#refresh-config');
}

const OPTION = (id: string) => `[role=option][data-result-kind=section][data-result-id="${id}"]`;

export function defineSectionsTests(launch: Launch): void {
  describe('from one configured extension', () => {
    // None of the checks changes what the next one starts from, except the last, which publishes a new index.
    defineSectionsChecks(shareDemoSession(launch, (session, esn) => configure(session, esn)));
  });
}

function defineSectionsChecks(configured: SharedSetup<DemoSession<void>>): void {
  it('finds the canteen menus from "cantine" with their new place, and Enter opens the new address', async () => {
    await configured.use(async ({ esn, session }) => {
      const popup = await PopupPage.open(session);
      await popup.waitForContent();
      await popup.page.waitForFunction(() => document.querySelector('[data-testid=news]') !== null);
      // "Nothing matches" must never show while the background is still answering a prefix of the query.
      await popup.page.evaluate(() => {
        const seen = { empty: false };
        (globalThis as unknown as { emptySeen: typeof seen }).emptySeen = seen;
        new MutationObserver(() => {
          if (document.querySelector('.launcher__empty')) seen.empty = true;
        }).observe(document.body, { childList: true, subtree: true });
      });
      await popup.page.click('.search-box');
      await popup.page.type('cantine');
      const detail = await popup.page.waitForFunction(
        (css: string) => document.querySelector(`${css} .launcher__detail`)?.textContent ?? null,
        OPTION('canteen-menus'),
      );
      expect(detail).toMatch(/^(Services › Restauration · déplacée le|Services › Catering · moved on)/);
      // While the box holds a query the results are the popup: the news list gives way.
      expect(
        await popup.page.evaluate(() => ({
          emptySeen: (globalThis as unknown as { emptySeen: { empty: boolean } }).emptySeen.empty,
          news: document.querySelector('[data-testid=news]') !== null,
        })),
      ).toEqual({ emptySeen: false, news: false });
      // The canteen menus are the first result of all, so Enter opens them.
      const firstId = await popup.page.evaluate(() =>
        document.querySelector('[role=option]')?.getAttribute('data-result-id'),
      );
      expect(firstId).toBe('canteen-menus');
      const before = esn.counters().paths['/services/restauration/menus']?.requests ?? 0;
      await popup.page.press('Enter');
      await waitForCounter(esn, '/services/restauration/menus', before + 1);
    });
  });

  it('catches an old address of the demo ESN: guidance page, then the new address', async () => {
    await configured.use(async ({ esn, session }) => {
      const page = new MovedPage(await session.openPage(esn.url('/')));
      await page.follow(esn.url('/rh/cantine/menus.aspx'));
      const guidance = await page.waitForGuidance();
      expect(guidance.title).toMatch(
        /^(« Menus de la cantine » a déménagé : Services › Restauration|“Canteen menus” moved to Services › Catering)$/,
      );
      expect(new URLSearchParams(guidance.search).get('id')).toBe('canteen-menus');
      expect(await page.newLink()).toBe(esn.url('/services/restauration/menus'));
      await page.waitForLocation(esn.url('/services/restauration/menus'));
    });
  });

  it('catches an old address on a host that does not resolve', async () => {
    await configured.use(async ({ esn, session }) => {
      const page = new MovedPage(await session.openPage(esn.url('/')));
      await page.follow(`${FORMER_INTRANET}/documents/rh/procedures/conges.pdf?version=2&lang=fr`);
      const guidance = await page.waitForGuidance();
      expect(new URLSearchParams(guidance.search).get('id')).toBe('document-archive');
      // Caught by a prefix rule, the page still knows the exact address opened.
      expect(parseGuidanceQuery(guidance.search)?.from).toBe(
        `${FORMER_INTRANET}/documents/rh/procedures/conges.pdf?version=2&lang=fr`,
      );
      await page.waitForLocation(esn.url('/ressources/documents'));
    });
  });

  it('an unknown section’s old address written in windows-1252 pre-fills the search with its words', async () => {
    await configured.use(async ({ session }) => {
      // An old ASP intranet's address: "é" as the single byte %E9, which decodeURIComponent refuses.
      const from = encodeURIComponent('https://old-intranet.example/rh/restauration/menus-cantine-r%E9gionale.aspx');
      const page = new MovedPage(await session.openPage(`moved.html?id=no-such-section&from=${from}`));
      const { query, titles } = await page.waitForResults();
      expect(query).toBe('rh restauration menus cantine régionale');
      expect(titles[0]).toMatch(/^(Menus de la cantine|Canteen menus)$/);
      await page.page.close();
    });
  });

  it('an unknown section whose search finds nothing leads to the editors and the hotline, filled as ADMIN.md says', async () => {
    await configured.use(async ({ esn, session }) => {
      const from = encodeURIComponent('https://old-intranet.example/zzqx/wkvy.aspx');
      const page = new MovedPage(await session.openPage(`moved.html?id=no-such-section&from=${from}`));
      const links = await page.waitForNoResultLinks();
      const feedback = links.find((link) => link.startsWith(esn.url('/retours')));
      expect(Object.fromEntries(new URL(feedback ?? esn.url('/')).searchParams)).toEqual({
        q: 'zzqx wkvy',
        ctx: 'not-found',
      });
      // The hotline e-mail carries the diagnostics (the version, the configuration state), as the popup's does.
      const mail = new URL(links.find((link) => link.startsWith('mailto:')) ?? 'mailto:none');
      expect(mail.pathname).toBe('hotline@aubepine.example');
      const version = await session.evaluateInExtension(() => {
        type Runtime = { runtime: { getManifest(): { version: string } } };
        return (globalThis as unknown as { chrome: Runtime }).chrome.runtime.getManifest().version;
      });
      expect(mail.searchParams.get('body')).toContain(version);
      await page.page.close();
    });
  });

  it('follows a new index on the ESN after a refresh', async () => {
    await configured.use(async ({ esn, session }) => {
      const before = (await waitForSnapshot(session, () => true, 'snapshot')).sections;
      const moved = sectionEntries(esn.origin).map((entry) =>
        entry.id === 'org-chart' ? { ...entry, oldUrls: [esn.url('/anciennes-pages/organigramme-2025.aspx')] } : entry,
      );
      esn.setSectionsIndex({ entries: moved });
      await refreshSections(session);
      await waitForSnapshot(
        session,
        (snapshot) => snapshot.sections.builtAt !== before.builtAt && snapshot.sections.sync.state === 'ok',
        'a new index built',
      );
      const page = new MovedPage(await session.openPage(esn.url('/')));
      await page.follow(esn.url('/anciennes-pages/organigramme-2025.aspx'));
      expect(new URLSearchParams((await page.waitForGuidance()).search).get('id')).toBe('org-chart');
    });
  });
}

async function waitForCounter(esn: DemoEsn, path: string, minimum: number): Promise<void> {
  await waitUntil(async () => (esn.counters().paths[path]?.requests ?? 0) >= minimum, {
    intervalMs: 100,
    what: `a request for ${path}`,
  });
}
