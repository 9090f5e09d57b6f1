/**
 * Adoption end to end, written once and run by adoption.<browser>.test.ts against the demo ESN: the install
 * opens the welcome page with the configured charter; the acceptance survives a restart and a new charter version
 * asks again; with indicators on, two news items opened and one tool launched, the forced daily send delivers
 * exactly those counts and no identifier (an old address followed through the guidance page included, with its
 * path and sequence, and in Chromium a tool opened from the address bar), and the report draws the paths once k
 * devices sent them; with indicators off nothing is sent; a feature turned on by policy shows its what's-new
 * note once (these last two on the charter's install, which starts from the same policy).
 */
import { expect, it } from 'vitest';
import { buildConfigDocument } from '../demo-esn/content/config-document';
import { describeViolations } from './harness/axe';
import { type DemoEsn, demoConfigUrl, withDemoEsn } from './harness/demo';
import { sendMessage } from './harness/send-message';
import type { ExtensionSession, LaunchOptions } from './harness/session';
import { readSnapshot, waitForSnapshot } from './harness/snapshot';
import { waitUntil } from './harness/wait';
import * as indicators from './indicators-steps';
import { PopupPage } from './pages/popup';
import { installTabShowsCharter, openExtensionTabs, WelcomePage } from './pages/welcome';

export type Launch = (options?: LaunchOptions) => Promise<ExtensionSession>;

const CHARTER_KEY = 'adoptionCharterAcknowledgement';

async function withSession<T>(
  launch: Launch,
  options: LaunchOptions,
  body: (session: ExtensionSession) => Promise<T>,
): Promise<T> {
  const session = await launch(options);
  try {
    return await body(session);
  } finally {
    await session.close();
  }
}

/** Points the extension at the demo ESN and waits for its tools and both feeds. */
async function configure(session: ExtensionSession, esn: DemoEsn): Promise<void> {
  await session.setUserSettings({ configUrl: demoConfigUrl(esn) });
  await waitForSnapshot(
    session,
    (snapshot) => snapshot.launcher.tools.length > 0 && snapshot.news.items.length >= 2,
    'the demo tools and news',
  );
}

/** Opens two news items from the news list and launches one tool from a favourite, as the popup does. */
async function useIt(session: ExtensionSession, esn: DemoEsn): Promise<{ itemKeys: string[]; toolId: string }> {
  const snapshot = await readSnapshot(session);
  const itemKeys = (snapshot?.news.items ?? []).slice(0, 2).map((item) => item.key);
  const toolId = snapshot?.launcher.tools[0]?.id ?? '';
  for (const key of itemKeys) await sendMessage(session, 'openNewsItem', { key });
  await sendMessage(session, 'launchTool', { toolId, disposition: 'backgroundTab', from: 'favourite' });
  await waitUntil(() => (esn.counters().launches[toolId] ?? 0) === 1, { what: 'the launch through /go/' });
  return { itemKeys, toolId };
}

/** The what's-new note of the feature the policy turned on: shown in the popup, dismissed. */
async function dismissWhatsNew(session: ExtensionSession): Promise<void> {
  await waitForSnapshot(session, (snapshot) => snapshot.adoption.whatsNew.includes('notifications'), 'the note');
  const popup = await PopupPage.open(session);
  await popup.page.waitForFunction(
    () => document.querySelector('[data-testid=whats-new] [data-feature=notifications]') !== null,
  );
  await popup.page.click('[data-testid=whats-new] [data-feature=notifications] button');
  await waitForSnapshot(session, (snapshot) => !snapshot.adoption.whatsNew.includes('notifications'), 'dismissed');
  await popup.close();
}

/** enterInAddressBar: where the test can use the address-bar keyword (Firefox does in omnibox.spec.ts). */
export function defineAdoptionTests(launch: Launch, enterInAddressBar?: indicators.AddressBarEnter): void {
  // First: the test without a policy runs before the one with (policy-last-sequencer.ts).
  it('with indicators on, IT’s "Send now" delivers exactly what was done, and no identifier', async () => {
    await withDemoEsn(async (esn) => {
      esn.setConfigDocument(indicators.documentWithIndicators(esn, true));
      await withSession(launch, {}, async (session) => {
        await configure(session, esn);
        // A post read on the ESN in a tab Passerelle did not open: counted once, by the path esnTab.
        const readInTab = (await readSnapshot(session))?.news.items[2];
        expect(readInTab?.url).toBeTruthy();
        const tab = await session.openPage(readInTab?.url ?? '');
        await waitUntil(
          async () =>
            (await indicators.pendingDays(session)).some((day) =>
              day.newsViews.some((view) => view.itemId === readInTab?.key && view.via === 'esnTab'),
            ),
          { what: 'the post read in a tab, counted' },
        );
        await tab.close();
        const { itemKeys, toolId } = await useIt(session, esn);
        const oldAddress = await indicators.followOldAddress(session, esn);
        const fromAddressBar = await indicators.openDirectoryFromAddressBar(session, enterInAddressBar);
        const options = await session.openPage('options.html');
        await options.waitForFunction(() => document.querySelector('[data-testid=indicators-batch]') !== null);
        const shown = JSON.parse((await options.textContent('[data-testid=indicators-batch]')) ?? '{}');

        const batch = await indicators.sendNextBatch(session, esn);
        expect(batch).toEqual(shown);
        expect(batch.schema).toBe('passerelle.indicators/2');
        expect(batch.daysActive).toBe(1);
        expect(batch.days).toHaveLength(1);
        const [day] = batch.days;
        expect(day?.newsViews.map((entry) => [entry.itemId, entry.via, entry.views]).sort()).toEqual(
          [...itemKeys.map((key) => [key, 'newsList', 1]), [readInTab?.key, 'esnTab', 1]].sort(),
        );
        const launched = [toolId, ...fromAddressBar.map((path) => path.id)];
        expect(day?.launches).toEqual(launched.map((id) => ({ toolId: id, count: 1, viaEsn: 1 })));
        // The paths: news list → news (of the feed), favourite → tool, guidance page → section; both posts were
        // unread (the badge said so), and the old address was followed to its section.
        const feedIds = [...new Set(day?.newsViews.map((entry) => entry.feedId))];
        expect(day?.paths).toEqual(
          expect.arrayContaining([
            { from: 'favourite', to: 'tool', id: toolId, count: 1 },
            { from: 'guidance', to: 'section', id: 'canteen-menus', count: 1 },
            ...fromAddressBar,
            ...feedIds.map((id) => ({ from: 'newsList', to: 'news', id, count: expect.any(Number) })),
          ]),
        );
        expect(day?.sequences).toEqual(
          expect.arrayContaining([
            { sequence: 'badge>newsList>post', count: 2 },
            { sequence: 'oldAddress>guidance>section', count: 1 },
          ]),
        );
        expect(day?.sequences).toHaveLength(2);
        expect(day?.emptySearches).toEqual({ count: 0, queries: [] });
        // The configured prefix, never the page opened below it (which names a person).
        expect(day?.guidanceShown).toEqual([{ sectionId: 'canteen-menus', oldAddress, count: 1 }]);
        expect(JSON.stringify(batch)).not.toContain('jdupont');
        // No identifier, no time finer than the day: only the documented keys.
        expect(Object.keys(batch).sort()).toEqual(['days', 'daysActive', 'ring', 'schema', 'version']);
        // A device outside the pilot ring says so, and nothing finer (never its rollout bucket).
        expect(batch.ring).toBe('general');
        expect(JSON.stringify(batch)).not.toMatch(/T\d{2}:\d{2}|"(user|device|install|session|client)\w*"/i);

        // Nothing is kept once sent.
        expect((await indicators.sendNowFromOptions(session)).outcome).toBe('nothing');
        expect(esn.counters().indicatorBatches).toHaveLength(1);
        const report = await (await fetch(esn.url('/indicateurs/rapport'))).text();
        expect(report).toContain('id="batch-count">1<');

        // Nine more devices with the same day: every cell comes from k = 10 devices, and the report draws the paths.
        await indicators.sendAsMoreDevices(esn, batch, 9);
        expect(await indicators.reportChartBands(session, esn)).toEqual(
          expect.arrayContaining([
            `favourite>tool>${toolId}`,
            'guidance>section>canteen-menus',
            ...fromAddressBar.map((path) => `${path.from}>${path.to}>${path.id}`),
          ]),
        );
      });
    });
  });

  // Merged: the what's-new note and "indicators off" start from the same policy-configured install (a launch with a
  // policy is a browser of its own in Chromium, and each check needs a restart).
  it("install opens the welcome page with the configured charter; the acceptance persists, a new version asks again; a feature turned on by policy shows its what's-new note once; with indicators off nothing is sent", async () => {
    await withDemoEsn(async (esn) => {
      const charterUrl = esn.url('/charte');
      const policy = { configUrl: demoConfigUrl(esn), features: { notifications: true } };
      await withSession(launch, { policy }, async (session) => {
        // The install opened the page; the configuration arrived after it, and the page followed.
        await waitUntil(() => installTabShowsCharter(session, charterUrl), {
          what: 'the welcome tab opened by the install, showing the charter',
        });

        const welcome = await WelcomePage.open(session);
        expect(await welcome.waitForCharter()).toBe(charterUrl);
        expect(await welcome.pinAdvice()).toMatch(
          session.browserName === 'firefox' ? /^(firefoxManual|pinned)$/ : /^(chromePolicyOrManual|pinned)$/,
        );
        const violations = await welcome.page.runAxe();
        expect(violations, describeViolations(violations)).toEqual([]);
        expect(await welcome.acceptCharter()).toContain('2026-09');
        await waitForSnapshot(session, (snapshot) => snapshot.adoption.charter?.acknowledged === true, 'accepted');
        await dismissWhatsNew(session);

        await session.restart();
        expect(await session.readLocalStorage(CHARTER_KEY)).toMatchObject({ version: '2026-09' });
        const afterRestart = await waitForSnapshot(
          session,
          (snapshot) => snapshot.adoption.charter !== null,
          'charter',
        );
        expect(afterRestart.adoption.charter?.acknowledged).toBe(true);
        // A restart is not an install: the page is not opened again.
        expect((await openExtensionTabs(session)).some((url) => url.includes('welcome.html'))).toBe(false);

        const configDocument = buildConfigDocument(esn.origin);
        esn.setConfigDocument({ ...configDocument, links: { ...configDocument.links, charterVersion: '2027-01' } });
        // refreshConfig may join a fetch the restart started before the change: ask until the new version shows.
        await waitUntil(
          async () => {
            const charter = (await readSnapshot(session))?.adoption.charter;
            if (charter?.version === '2027-01') return !charter.acknowledged;
            await sendMessage(session, 'refreshConfig');
            return false;
          },
          { intervalMs: 250, what: 'the new charter version, not accepted' },
        );
        const popup = await PopupPage.open(session);
        await popup.page.waitForFunction(() => document.querySelector('[data-testid=charter-banner]') !== null);
        const popupViolations = await popup.page.runAxe();
        expect(popupViolations, describeViolations(popupViolations)).toEqual([]);
        await popup.page.click('[data-testid=charter-banner] button');
        await waitForSnapshot(
          session,
          (snapshot) => snapshot.adoption.charter?.acknowledged === true,
          'accepted again',
        );
        await popup.page.waitForFunction(() => document.querySelector('[data-testid=charter-banner]') === null);
        // The what's-new note dismissed before the restart stays dismissed.
        expect(await popup.page.evaluate(() => document.querySelector('[data-testid=whats-new]') === null)).toBe(true);
        await popup.close();

        // Indicators are off in the demo's document: using the extension sends nothing, and IT is offered nothing.
        await useIt(session, esn);
        expect(await indicators.sendNowOffered(session)).toBe(false);
        expect((await session.readLocalStorage('indicatorsPending')) ?? []).toEqual([]);
        expect(esn.counters().indicatorBatches).toEqual([]);
        expect(esn.counters().paths['/indicateurs']).toBeUndefined();
      });
    });
  });
}
