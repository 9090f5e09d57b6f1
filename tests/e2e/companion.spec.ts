/**
 * The companion end to end, written once and run by companion.<browser>.test.ts against the demo ESN: the side
 * panel (the popup's page in the manifest's side_panel / sidebar_action) shows the launcher and the news behind
 * its flag, with axe clean, and in Firefox the toolbar button opens the sidebar by the employee's choice; on a tool's page the popup opens on that tool's help with its tutorials and
 * suggestion links carrying the context and nothing personal, and the toolbar title names the tool; on a relocated
 * section's new page the popup says so; percent 0 is off and 100 on; a pilot-ring device
 * sees a pilot feature while another does not.
 */
import { expect, it } from 'vitest';
import type { ConfigDocument } from '../../utils/config/schema';
import { buildConfigDocument } from '../demo-esn/content/config-document';
import { describeViolations } from './harness/axe';
import { type DemoEsn, demoConfigUrl, withDemoEsn } from './harness/demo';
import type { FirefoxSession } from './harness/firefox';
import { sendMessage } from './harness/send-message';
import type { ExtensionSession, LaunchOptions } from './harness/session';
import { readSnapshot, waitForSnapshot } from './harness/snapshot';
import { waitUntil } from './harness/wait';
import { pressActionShortcut, sidebarState } from './pages/firefox-sidebar';

export type Launch = (options?: LaunchOptions) => Promise<ExtensionSession>;

async function withSession<T>(launch: Launch, options: LaunchOptions, body: (s: ExtensionSession) => Promise<T>) {
  const session = await launch(options);
  try {
    return await body(session);
  } finally {
    await session.close();
  }
}

const isFirefox = (session: ExtensionSession): session is FirefoxSession => session.browserName === 'firefox';

const TOOL_ID = 'vehicle-booking';
const SECTION_ID = 'canteen-menus';
/** The canteen menus' new page in the demo's published index (`sections.url`), not in the configuration. */
const SECTION_PATH = '/services/restauration/menus';

/** The toolbar button's title on the tab whose address starts with `prefix` (the title is set per tab). */
function toolbarTitleOn(session: ExtensionSession, prefix: string): Promise<string> {
  return session.evaluateInExtension(async (start: string) => {
    type Api = {
      tabs: { query(filter: object): Promise<{ id?: number; url?: string }[]> };
      action: { getTitle(details: { tabId: number }): Promise<string> };
    };
    const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
    const api = (scope.browser ?? scope.chrome) as Api;
    const tab = (await api.tabs.query({})).find((candidate) => candidate.url?.startsWith(start));
    return tab?.id === undefined ? '' : api.action.getTitle({ tabId: tab.id });
  }, prefix);
}

/** The demo's document with the companion's settings. */
function companionDocument(esn: DemoEsn, features: ConfigDocument['features']): ConfigDocument {
  const document = buildConfigDocument(esn.origin);
  return {
    ...document,
    features: { ...document.features, ...features },
    tools: (document.tools ?? []).map((tool) =>
      tool.id === TOOL_ID
        ? {
            ...tool,
            help: {
              howTo: { fr: 'Choisissez la date puis le véhicule.', en: 'Pick the day, then the vehicle.' },
              tutorials: [{ label: { fr: 'Tutoriel vidéo', en: 'Video tutorial' }, url: esn.url('/aide/tutoriels') }],
              knownIssues: [{ text: 'Expired notice', until: '2000-01-01' }],
            },
          }
        : tool,
    ),
  };
}

/**
 * On a tool's page the popup opens on its help (tutorials, no expired known issue) and its suggestions carry the
 * context and nothing personal; on a relocated section's new page it says so; the toolbar title names both.
 */
async function expectHelpOnToolAndSectionPages(session: ExtensionSession, esn: DemoEsn): Promise<void> {
  const toolPage = await session.openPage(esn.url(`/apps/${TOOL_ID}?employee=jdupont#private-note`));
  await toolPage.waitForFunction(() => document.readyState === 'complete' && location.protocol.startsWith('http'));
  const popup = await session.openPage('popup.html');
  await popup.waitForFunction(() => document.querySelector('[data-testid=tool-help]') !== null);
  expect(
    await popup.evaluate(() => document.querySelector('[data-testid=tool-help]')?.getAttribute('data-help-id')),
  ).toBe(TOOL_ID);
  const tutorials = await popup.evaluate(() =>
    [...document.querySelectorAll('[data-testid=tool-help-tutorials] a')].map((a) => (a as HTMLAnchorElement).href),
  );
  expect(tutorials).toEqual([esn.url('/aide/tutoriels')]);
  expect(await popup.evaluate(() => document.querySelector('[data-testid=tool-help-issues]'))).toBeNull();
  const broken = await popup.evaluate(
    () =>
      (document.querySelector('[data-testid=suggestions] [data-kind=brokenLink] a') as HTMLAnchorElement | null)
        ?.href ?? '',
  );
  const context = new URL(broken).searchParams.get('ctx') ?? '';
  expect(context).toMatch(
    new RegExp(
      `^broken-link;tool=${TOOL_ID};page=${esn.url(`/apps/${TOOL_ID}`).replace(/[.?]/g, '\\$&')};version=\\d+\\.\\d+\\.\\d+$`,
    ),
  );
  expect(broken).not.toMatch(/employee|jdupont|private-note/);
  const violations = await popup.runAxe();
  expect(violations, describeViolations(violations)).toEqual([]);
  // The toolbar button said so discreetly on the tool's tab (the browser's language: one of the two).
  await waitUntil(
    async () =>
      /Vehicle booking|Réservation de véhicule/.test(await toolbarTitleOn(session, esn.url(`/apps/${TOOL_ID}`))),
    {
      what: 'the toolbar title naming the tool',
    },
  );
  await popup.close();

  // A relocated section's new page: the popup opens on "you are on the new page of …", the title says so.
  await waitForSnapshot(session, (snapshot) => snapshot.sections.entryCount > 0, 'the published sections index');
  const sectionPage = await session.openPage(esn.url(SECTION_PATH));
  await sectionPage.waitForFunction(() => document.readyState === 'complete' && location.protocol.startsWith('http'));
  await waitUntil(
    async () => /Canteen menus|Menus de la cantine/.test(await toolbarTitleOn(session, esn.url(SECTION_PATH))),
    {
      what: 'the toolbar title naming the section',
    },
  );
  const sectionPopup = await session.openPage('popup.html');
  await sectionPopup.waitForFunction(
    (id) => document.querySelector('[data-testid=tool-help]')?.getAttribute('data-help-id') === id,
    SECTION_ID,
  );
  const sectionText = (await sectionPopup.textContent('[data-testid=tool-help]')) ?? '';
  expect(sectionText).toMatch(/new page of “Canteen menus”|nouvelle page «\s?Menus de la cantine\s?»/);
  expect(sectionText).toMatch(/old addresses now lead here|anciennes adresses mènent désormais ici/);
  expect(
    await sectionPopup.evaluate(
      () => document.querySelector('[data-testid=suggestions] [data-kind=missingSection]') !== null,
    ),
  ).toBe(true);
}

export function defineCompanionTests(launch: Launch): void {
  it('the side panel shows the launcher and the news behind its flag, axe clean; the manifest wires it; on a tool’s page the popup opens on its help, suggestions carry the context and nothing personal', async () => {
    await withDemoEsn(async (esn) => {
      esn.setConfigDocument(companionDocument(esn, { sidePanel: true }));
      await withSession(launch, { policy: { configUrl: demoConfigUrl(esn) } }, async (session) => {
        const manifest = (await session.evaluateInExtension(() =>
          (globalThis as unknown as { chrome: { runtime: { getManifest(): unknown } } }).chrome.runtime.getManifest(),
        )) as { permissions?: string[] };
        const panelPath =
          session.browserName === 'firefox'
            ? (manifest as { sidebar_action?: { default_panel?: string } }).sidebar_action?.default_panel
            : (manifest as { side_panel?: { default_path?: string } }).side_panel?.default_path;
        // Firefox gives the sidebar page as a full address.
        expect(panelPath?.endsWith('popup.html?view=panel')).toBe(true);
        if (session.browserName === 'chromium') expect(manifest.permissions).toContain('sidePanel');
        await waitForSnapshot(
          session,
          (snapshot) => snapshot.config.features.sidePanel && snapshot.news.items.length > 0,
          'the panel flag and the news',
        );
        const panel = await session.openPage('popup.html?view=panel');
        await panel.waitForFunction(
          () =>
            document.querySelectorAll('[data-testid=tools] [role=option]').length > 0 &&
            document.querySelectorAll('[data-testid=news] .news__item').length > 0,
        );
        const violations = await panel.runAxe();
        expect(violations, describeViolations(violations)).toEqual([]);
        await panel.close();
        if (isFirefox(session)) {
          // Closed at install (open_at_install: false); with the employee's choice, the toolbar button's action
          // (here its shortcut, a user action as a click is) opens the sidebar, and again closes it.
          const browser = session.puppeteerBrowser;
          expect((await sidebarState(browser)).open).toBe(false);
          expect(await sendMessage(session, 'setPanelOnClick', { enabled: true })).toEqual({ applied: true });
          for (const open of [true, false]) {
            await pressActionShortcut(browser);
            await waitUntil(async () => (await sidebarState(browser)).open === open, {
              what: `the sidebar ${open ? 'opened' : 'closed'} by the toolbar button`,
            });
          }
        }

        esn.setConfigDocument(companionDocument(esn, { sidePanel: false }));
        // refreshConfig may join a fetch already under way: ask until the flag is off.
        await waitUntil(
          async () => {
            if ((await readSnapshot(session))?.config.features.sidePanel === false) return true;
            await sendMessage(session, 'refreshConfig');
            return false;
          },
          { intervalMs: 250, what: 'the panel flag off' },
        );
        const off = await session.openPage('popup.html?view=panel');
        await off.waitForFunction(() => document.querySelector('[data-testid=sidepanel-off]') !== null);
        await off.close();

        // Same policy and document (the tool's help is in it): merged here, a launch with a policy is a browser.
        await waitForSnapshot(session, (snapshot) => snapshot.launcher.tools.length > 0, 'the tools');
        await expectHelpOnToolAndSectionPages(session, esn);
      });
    });
  });

  it('a feature at 0% is off and at 100% on; a pilot-ring device sees a pilot feature, another does not', async () => {
    await withDemoEsn(async (esn) => {
      esn.setConfigDocument(
        companionDocument(esn, {
          notifications: { percent: 100 },
          omnibox: { percent: 0 },
          sidePanel: { ring: 'pilot' },
        }),
      );
      for (const pilot of [true, false]) {
        const policy = { configUrl: demoConfigUrl(esn), ...(pilot ? { rollout: { pilot: true } } : {}) };
        await withSession(launch, { policy }, async (session) => {
          // The config slice is published apart from the launcher's: wait for the rollout's flags themselves.
          const snapshot = await waitForSnapshot(
            session,
            (s) => s.config.configured && s.config.features.notifications && s.config.features.sidePanel === pilot,
            `notifications at 100% on, sidePanel ${pilot ? 'on' : 'off'} (pilot ${pilot})`,
          );
          expect(snapshot.config.features).toMatchObject({ notifications: true, omnibox: false, sidePanel: pilot });
          const options = await session.openPage('options.html');
          await options.waitForFunction(() => document.querySelector('[data-testid=feature-rollout]') !== null);
          const reason = await options.evaluate(() =>
            document.querySelector('[data-testid=feature-rollout] [data-feature=sidePanel]')?.getAttribute('data-on'),
          );
          expect(reason).toBe(String(pilot));
        });
      }
    });
  });
}
