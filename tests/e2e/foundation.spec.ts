/**
 * The foundation's end-to-end checks, written once and run in each browser by foundation.<browser>.test.ts:
 * the built extension, pointed at the demo ESN, paints the popup from its own data (axe-clean), sets the badge,
 * and reacts to the demo's fault switch.
 */
import { expect, it } from 'vitest';
import { describeViolations } from './harness/axe';
import {
  CONFIG_PATH,
  type DemoEsn,
  demoConfigUrl,
  demoLanguage,
  demoToolLabels,
  requestsFor,
  withDemoEsn,
} from './harness/demo';
import type { ExtensionSession, LaunchOptions } from './harness/session';
import { waitForSnapshot } from './harness/snapshot';
import { PopupPage } from './pages/popup';

export type Launch = (options?: LaunchOptions) => Promise<ExtensionSession>;

/** A fresh install for each test (on the file's shared browser), handed back at the end. */
async function withSession<T>(launch: Launch, body: (session: ExtensionSession) => Promise<T>): Promise<T> {
  const session = await launch();
  try {
    return await body(session);
  } finally {
    await session.close();
  }
}

async function expectToolsOfDemo(popup: PopupPage): Promise<void> {
  await popup.waitForTools(demoToolLabels('en').length);
  const language = demoLanguage(await popup.language());
  // The launcher groups tools by category: compare the sets, not the order.
  expect((await popup.toolLabels()).sort()).toEqual(demoToolLabels(language).sort());
}

async function configure(session: ExtensionSession, esn: DemoEsn, query = ''): Promise<void> {
  await session.setUserSettings({ configUrl: `${demoConfigUrl(esn)}${query}` });
}

export function defineFoundationTests(launch: Launch): void {
  // One setup for what a configured extension shows (tests of the same state are merged: a fresh install and a
  // first sync cost 5–8 s each on 2 cores).
  it('paints the demo tools from its own data, sets the badge, passes axe, and still paints with the ESN down after a restart', async () => {
    await withDemoEsn((esn) =>
      withSession(launch, async (session) => {
        await configure(session, esn);
        const popup = await PopupPage.open(session);
        await expectToolsOfDemo(popup);
        const violations = await popup.page.runAxe();
        expect(violations, describeViolations(violations)).toEqual([]);
        await popup.close();
        const badge = await session.waitForBadge(/^[1-9]\d*\+?$/);
        expect(Number.parseInt(badge, 10)).toBeGreaterThan(0);

        // From here on the ESN answers nothing: what the popup shows comes from the extension's own storage.
        esn.setFault('down', { paths: ['/'] });
        await session.restart();
        const afterRestart = await PopupPage.open(session);
        await expectToolsOfDemo(afterRestart);
      }),
    );
  });

  it('follows the demo fault switch: a sign-in page instead of the configuration, then the ESN back', async () => {
    await withDemoEsn((esn) =>
      withSession(launch, async (session) => {
        esn.setFault('signin');
        await configure(session, esn);
        await waitForSnapshot(
          session,
          (snapshot) => snapshot.config.sync.state === 'signedOut',
          'sync state signedOut',
        );
        expect(requestsFor(esn, CONFIG_PATH)).toBeGreaterThan(0);
        const popup = await PopupPage.open(session);
        await popup.waitForContent();
        expect(await popup.toolCount()).toBe(0);

        // The ESN is back: a new attempt configures it, and the open popup follows without being reopened.
        esn.setFault(null);
        await configure(session, esn, '?retry=1');
        await expectToolsOfDemo(popup);
        const snapshot = await waitForSnapshot(session, (next) => next.config.sync.state === 'ok', 'sync state ok');
        expect(snapshot.config.sync.lastSuccessAt).toBeGreaterThan(0);
      }),
    );
  });
}
