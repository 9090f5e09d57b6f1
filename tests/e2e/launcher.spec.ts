/**
 * The launcher end to end, written once and run in each browser by launcher.<browser>.test.ts, against the demo
 * ESN: tools in their categories; "vehicule" + Enter opens the vehicle booking through the ESN's launch route;
 * favourites, recents and hidden tools survive a restart (with the ESN down); mandatory tools cannot be hidden;
 * axe-core finds nothing in any view.
 */
import { expect, it } from 'vitest';
import { TOOLS } from '../demo-esn/content/tools';
import { describeViolations } from './harness/axe';
import { type DemoEsn, demoConfigUrl, demoLanguage, requestsFor, withDemoEsn } from './harness/demo';
import type { ExtensionSession, ExtPage, LaunchOptions } from './harness/session';
import { readSnapshot, waitForSnapshot } from './harness/snapshot';
import { waitUntil } from './harness/wait';
import { PopupPage } from './pages/popup';

export type Launch = (options?: LaunchOptions) => Promise<ExtensionSession>;

async function withSession<T>(launch: Launch, body: (session: ExtensionSession) => Promise<T>): Promise<T> {
  const session = await launch();
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

export function defineLauncherTests(launch: Launch): void {
  it('lists the tools by category and opens "vehicule" through the ESN launch route', async () => {
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
      }),
    );
  });

  it('keeps favourites, recents and hidden tools across a restart, mandatory tools stay, ESN down', async () => {
    await withDemoEsn((esn) =>
      withSession(launch, async (session) => {
        await configure(session, esn);
        const popup = await PopupPage.open(session);
        await popup.waitForTools(TOOLS.length);
        await popup.openOrganise();
        await popup.toolAction('payslips', 'pin');
        await popup.toolAction('carpooling', 'hide');
        expect(await popup.canHide('time-tracking')).toBe(false);
        await expectNoAxeViolations(popup.page);
        await popup.closeOrganise();

        await popup.search('annuaire');
        await popup.waitForFirstResult('directory');
        await popup.page.press('Enter');
        await waitUntil(() => launchesOf(esn, 'directory') === 1, { what: 'the launch of the directory' });
        await waitForSnapshot(session, (snapshot) => snapshot.launcher.recents[0] === 'directory', 'recent tool');

        esn.setFault('down', { paths: ['/'] });
        await session.restart();
        const reopened = await PopupPage.open(session);
        await reopened.waitForTools();
        const [favourites, recents, ...categories] = await reopened.toolGroups();
        expect(favourites?.ids).toEqual(['payslips']);
        expect(recents?.ids).toEqual(['directory']);
        const listed = categories.flatMap((group) => group.ids);
        expect(listed).not.toContain('carpooling');
        expect(listed).toContain('time-tracking');
        expect(listed).toHaveLength(TOOLS.length - 1);
      }),
    );
  });
}
