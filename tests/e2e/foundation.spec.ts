/**
 * The foundation's end-to-end check, written once and run in each browser by foundation.<browser>.test.ts: the
 * built extension, pointed at the demo ESN, follows the demo's fault switch (a sign-in page instead of the
 * configuration, then the ESN back). What it paints from its own data with the ESN down after a restart, its axe
 * check and the badge are proven with more detail by the launcher's and the news tests, on the same setup.
 */
import { expect, it } from 'vitest';
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
