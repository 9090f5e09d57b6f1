/**
 * The launcher end to end, written once and run in each browser by launcher.<browser>.test.ts, against the demo
 * ESN: tools in their categories; "vehicule" + Enter opens the vehicle booking through the ESN's launch route;
 * favourites, recents and hidden tools survive a restart (with the ESN down); mandatory tools cannot be hidden;
 * with the option on, a tool already open in a tab is brought to the front instead of opened again;
 * with a policy allowing personal links, one added in the popup opens directly and survives a restart;
 * axe-core finds nothing in any view.
 */
import { expect, it } from 'vitest';
import { TOOLS } from '../demo-esn/content/tools';
import { describeViolations } from './harness/axe';
import { type DemoEsn, demoConfigUrl, demoLanguage, requestsFor, withDemoEsn } from './harness/demo';
import type { ExtensionSession, ExtPage, LaunchOptions } from './harness/session';
import { readSnapshot, waitForSnapshot } from './harness/snapshot';
import { tabsShowing } from './harness/tabs';
import { waitUntil } from './harness/wait';
import { PopupPage } from './pages/popup';

export type Launch = (options?: LaunchOptions) => Promise<ExtensionSession>;

async function withSession<T>(
  launch: Launch,
  body: (session: ExtensionSession) => Promise<T>,
  options?: LaunchOptions,
): Promise<T> {
  const session = await launch(options);
  try {
    return await body(session);
  } finally {
    await session.close();
  }
}

async function configure(session: ExtensionSession, esn: DemoEsn): Promise<void> {
  await session.setUserSettings({ configUrl: demoConfigUrl(esn) });
  await waitForSnapshot(session, (snapshot) => snapshot.launcher.tools.length === TOOLS.length, 'launcher slice').catch(
    async (error: unknown) => {
      const snapshot = await readSnapshot(session);
      const seen = { sync: snapshot?.config.sync, tools: snapshot?.launcher.tools.length };
      throw new Error(`No launcher slice; last snapshot: ${JSON.stringify(seen)}`, { cause: error });
    },
  );
}

async function expectNoAxeViolations(page: ExtPage): Promise<void> {
  const violations = await page.runAxe();
  expect(violations, describeViolations(violations)).toEqual([]);
}

/** Launches through `/go/<id>` that the demo counted. */
const launchesOf = (esn: DemoEsn, toolId: string) => esn.counters().launches[toolId] ?? 0;

/**
 * With the option on, a tool already open in a tab is brought to the front instead of opened again (the tab is
 * opened by hand, so the extension did not open it).
 */
async function expectFocusesOpenTab(session: ExtensionSession, esn: DemoEsn): Promise<void> {
  esn.resetCounters();
  const toolUrl = esn.url('/apps/time-tracking');
  await session.openPage(toolUrl);
  const popup = await PopupPage.open(session);
  await popup.waitForTools(TOOLS.length);
  expect(await tabsShowing(session, toolUrl)).toEqual([{ url: toolUrl, active: false }]);
  await popup.openOrganise();
  await popup.turnOnFocusExistingTab();
  await waitForSnapshot(session, (snapshot) => snapshot.launcher.focusExistingTab, 'the option in the snapshot');
  await expectNoAxeViolations(popup.page);
  await popup.closeOrganise();

  await popup.search('saisie des temps');
  await popup.waitForFirstResult('time-tracking');
  await popup.page.press('Enter');
  await waitUntil(async () => (await tabsShowing(session, toolUrl)).some((tab) => tab.active), {
    what: 'the tool’s tab brought to the front',
  });
  await waitForSnapshot(session, (snapshot) => snapshot.launcher.recents[0] === 'time-tracking', 'recent tool');
  expect(await tabsShowing(session, toolUrl)).toHaveLength(1);
  expect(esn.counters().launches).toEqual({});
  expect(requestsFor(esn, '/apps/time-tracking')).toBe(1);
}

export function defineLauncherTests(launch: Launch): void {
  // Merged with the tab focus check, which starts from the same configured extension (a fresh install and a first
  // sync cost 5–8 s per test on 2 cores).
  it('lists the tools by category, opens "vehicule" through the ESN launch route, and focuses a tool’s open tab when asked', async () => {
    await withDemoEsn((esn) =>
      withSession(launch, async (session) => {
        await configure(session, esn);
        const popup = await PopupPage.open(session);
        await popup.waitForTools(TOOLS.length);
        const language = demoLanguage(await popup.language());
        const groups = await popup.toolGroups();
        for (const tool of TOOLS) {
          const group = groups.find((candidate) => candidate.label === tool.category[language]);
          expect(group?.ids, tool.id).toContain(tool.id);
        }
        await expectNoAxeViolations(popup.page);

        await popup.search('vehicule');
        await popup.waitForFirstResult('vehicle-booking');
        await expectNoAxeViolations(popup.page);
        await popup.page.press('Enter');
        await waitUntil(() => launchesOf(esn, 'vehicle-booking') === 1, { what: 'the launch through /go/' });
        await waitUntil(() => requestsFor(esn, '/apps/vehicle-booking') > 0, { what: 'the tool page' });
        await expectFocusesOpenTab(session, esn);
      }),
    );
  });

  // One launch with the policy that allows personal links: a launch with a policy is a browser of its own in
  // Chromium, and both checks need a restart.
  it('keeps favourites, recents, hidden tools and a personal link (allowed by policy: listed, opened directly) across a restart, mandatory tools stay, ESN down', async () => {
    await withDemoEsn((esn) =>
      withSession(
        launch,
        async (session) => {
          await waitForSnapshot(
            session,
            (snapshot) =>
              snapshot.launcher.tools.length === TOOLS.length && snapshot.launcher.personalLinks !== undefined,
            'launcher slice with personal links',
          );
          const popup = await PopupPage.open(session);
          await popup.waitForTools(TOOLS.length);
          expect(await popup.waitForPersonalLinks(0)).toEqual([]);
          await popup.openOrganise();
          await popup.toolAction('payslips', 'pin');
          await popup.toolAction('carpooling', 'hide');
          expect(await popup.canHide('time-tracking')).toBe(false);
          // The demo ESN is on loopback, where http is allowed like https.
          await popup.addPersonalLink('Tutoriels ESN', esn.url('/aide/tutoriels'));
          await expectNoAxeViolations(popup.page);
          expect(await popup.refusedPersonalLink('Bad', 'javascript:alert(1)')).toMatch(/https:\/\//);
          await expectNoAxeViolations(popup.page);
          await popup.closeOrganise();
          expect(await popup.waitForPersonalLinks(1)).toEqual(['Tutoriels ESN']);
          await expectNoAxeViolations(popup.page);

          await popup.openFirstPersonalLink();
          await waitUntil(() => requestsFor(esn, '/aide/tutoriels') > 0, { what: 'the personal link’s page' });
          // Not a tool: nothing went through the ESN's launch route.
          expect(esn.counters().launches).toEqual({});

          await popup.search('annuaire');
          await popup.waitForFirstResult('directory');
          await popup.page.press('Enter');
          await waitUntil(() => launchesOf(esn, 'directory') === 1, { what: 'the launch of the directory' });
          await waitForSnapshot(session, (snapshot) => snapshot.launcher.recents[0] === 'directory', 'recent tool');

          esn.setFault('down', { paths: ['/'] });
          await session.restart();
          const reopened = await PopupPage.open(session);
          await reopened.waitForTools();
          expect(await reopened.waitForPersonalLinks(1)).toEqual(['Tutoriels ESN']);
          const [favourites, recents, ...categories] = await reopened.toolGroups();
          expect(favourites?.ids).toEqual(['payslips']);
          expect(recents?.ids).toEqual(['directory']);
          const listed = categories.flatMap((group) => group.ids);
          expect(listed).not.toContain('carpooling');
          expect(listed).toContain('time-tracking');
          expect(listed.filter((id) => TOOLS.some((tool) => tool.id === id))).toHaveLength(TOOLS.length - 1);
        },
        { policy: { configUrl: demoConfigUrl(esn), launcher: { personalLinks: true } } },
      ),
    );
  });
}
