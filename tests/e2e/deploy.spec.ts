/**
 * Deployment end to end, written once and run by deploy.<browser>.test.ts: the organisation's packages from
 * `npm run package`'s code, hosted on a local update server; the browser gets ONLY the generated policy
 * template (no extension flag, no temporary add-on), installs Passerelle itself, and later updates it through
 * its own update check — keeping every piece of the user's data.
 */
import { expect, it } from 'vitest';
import type { OrgPackageSummary } from '../../utils/packaging/org-package';
import { type DemoEsn, demoConfigUrl, withDemoEsn } from './harness/demo';
import { type TestOrganisation, testOrganisation } from './harness/org-publish';
import { sendMessage } from './harness/send-message';
import type { ExtensionSession } from './harness/session';
import { readSnapshot, waitForSnapshot } from './harness/snapshot';
import { startUpdateServer, type UpdateServer } from './harness/update-server';
import { waitUntil } from './harness/wait';

export interface ManagedSession extends ExtensionSession {
  /** The version the extension's background runs (a service worker in Chromium, an event page in Firefox). */
  backgroundVersion(): Promise<string>;
  /** Asks the browser to check the update URL now, as its periodic check would. */
  checkForUpdates?(): Promise<void>;
}

export interface DeployBrowser {
  /** Writes the generated policy template from `templatesDir` as the real managed policy, starts the browser. */
  launchManaged(org: OrgPackageSummary, templatesDir: string): Promise<ManagedSession>;
  /** The id the organisation's package gets in this browser. */
  expectedId(org: OrgPackageSummary): string;
  /** management.getSelf().installType of a policy-installed extension in this browser. */
  installType: string;
  /** The package file the policy's first install downloads (Firefox: the stable install_url). */
  installFile(org: OrgPackageSummary): string;
  /** The package file an update downloads (the one the update manifest links), and the update manifest. */
  updateFile(org: OrgPackageSummary): string;
  updateManifest: string;
}

const VERSION_N = '1.0.0';
const VERSION_N_PLUS_1 = '1.1.0';

interface Deployment {
  esn: DemoEsn;
  server: UpdateServer;
  org: TestOrganisation;
  published: OrgPackageSummary;
}

async function withDeployment<T>(body: (deployment: Deployment) => Promise<T>): Promise<T> {
  return withDemoEsn(async (esn) => {
    const server = await startUpdateServer();
    try {
      const org = testOrganisation(server, demoConfigUrl(esn));
      const published = await org.publish(VERSION_N);
      return await body({ esn, server, org, published });
    } finally {
      await server.close();
    }
  });
}

function selfInfo(session: ExtensionSession): Promise<{ id: string; installType: string; version: string }> {
  return session.evaluateInExtension(async () => {
    type Api = {
      runtime: { id: string; getManifest(): { version: string } };
      management: { getSelf(): Promise<{ installType: string }> };
    };
    const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
    const api = (scope.browser ?? scope.chrome) as Api;
    const self = await api.management.getSelf();
    return { id: api.runtime.id, installType: self.installType, version: api.runtime.getManifest().version };
  });
}

function managedConfigUrl(session: ExtensionSession): Promise<unknown> {
  return session.evaluateInExtension(async () => {
    type Api = { storage: { managed: { get(): Promise<Record<string, unknown>> } } };
    const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
    const values: Record<string, unknown> | undefined = await (scope.browser ?? scope.chrome)?.storage.managed
      .get()
      .catch(() => ({}));
    return values?.configUrl;
  });
}

/** The force-install from the generated policy (both browsers). */
export function defineForceInstallTest(browser: DeployBrowser): void {
  it('installs the organisation package from the generated policy alone, configured by its 3rdparty policy', async () => {
    await withDeployment(async ({ esn, server, published }) => {
      const session = await browser.launchManaged(published, `${server.dir}/policy-templates`);
      try {
        const self = await selfInfo(session);
        expect(self).toEqual({
          id: browser.expectedId(published),
          installType: browser.installType,
          version: VERSION_N,
        });
        expect(server.requests.some((path) => path.startsWith(`/${browser.installFile(published)}`))).toBe(true);
        // storage.managed can be {} for a moment after a launch: wait for the value.
        await waitUntil(async () => (await managedConfigUrl(session)) === demoConfigUrl(esn), {
          what: 'the 3rdparty policy in storage.managed',
        });
        const snapshot = await waitForSnapshot(session, (s) => s.launcher.tools.length > 0, 'the demo tools');
        expect(snapshot.adoption.version).toBe(VERSION_N);
      } finally {
        await session.close();
      }
    });
  });
}

/**
 * The upgrade through the browser's own update check (Chromium: runtime.requestUpdateCheck; Firefox: the add-on
 * manager's periodic background check, run now).
 */
export function defineUpgradeTest(browser: DeployBrowser): void {
  it('upgrades through the browser update check and keeps favourites, read marks, personal links and the charter', async () => {
    await withDeployment(async ({ esn, server, org, published }) => {
      const session = await browser.launchManaged(published, `${server.dir}/policy-templates`);
      try {
        const before = await waitForSnapshot(
          session,
          (s) => s.launcher.tools.length > 1 && s.news.items.length >= 2 && s.adoption.charter !== null,
          'the demo tools, news and charter',
        );
        const [toolA, toolB] = before.launcher.tools.map((tool) => tool.id);
        const readKey = before.news.items[0]?.key ?? '';
        await sendMessage(session, 'pinTool', { toolId: toolB });
        await sendMessage(session, 'pinTool', { toolId: toolA });
        await sendMessage(session, 'markRead', { keys: [readKey] });
        const added = (await sendMessage(session, 'addPersonalLink', {
          label: 'Cantine',
          url: `${esn.origin}/cantine`,
        })) as { ok: boolean };
        expect(added.ok).toBe(true);
        await sendMessage(session, 'acknowledgeCharter', { version: before.adoption.charter?.version });
        const userData = (snapshot: typeof before) => ({
          favourites: snapshot.launcher.favourites,
          read: snapshot.news.items.find((item) => item.key === readKey)?.unread,
          links: snapshot.launcher.personalLinks?.links.map((link) => [link.label, link.url]),
          charter: snapshot.adoption.charter?.acknowledged,
        });
        const expected = {
          favourites: [toolB, toolA],
          read: false,
          links: [['Cantine', `${esn.origin}/cantine`]],
          charter: true,
        };
        await waitForSnapshot(session, (s) => JSON.stringify(userData(s)) === JSON.stringify(expected), 'user data');

        // The browser says when a downloaded update is waiting: Chromium when it is unpacked (the extension is busy;
        // closing earlier loses the half-installed update), Firefox when, because a page listens to this event, its
        // add-on manager postpones the update to the next start instead of reloading the add-on at once.
        await session.evaluateInExtension(() => {
          const scope = globalThis as unknown as {
            updateStaged?: boolean;
            chrome: { runtime: { onUpdateAvailable: { addListener(listener: () => void): void } } };
          };
          scope.updateStaged = false;
          scope.chrome.runtime.onUpdateAvailable.addListener(() => {
            scope.updateStaged = true;
          });
        });
        const next = await org.publish(VERSION_N_PLUS_1);
        const checksBefore = server.requests.filter((path) => path.startsWith(`/${browser.updateManifest}`)).length;
        // The browser's own update check finds N+1 in the update manifest and downloads its package.
        await waitUntil(
          async () => {
            await session.checkForUpdates?.().catch(() => undefined);
            return server.requests.some((path) => path.startsWith(`/${browser.updateFile(next)}`));
          },
          { timeoutMs: 60_000, intervalMs: 1_000, what: `the browser downloading ${browser.updateFile(next)}` },
        );
        expect(server.requests.filter((path) => path.startsWith(`/${browser.updateManifest}`)).length).toBeGreaterThan(
          checksBefore,
        );
        await waitUntil(
          () =>
            session.evaluateInExtension(
              () => (globalThis as unknown as { updateStaged?: boolean }).updateStaged === true,
            ),
          { timeoutMs: 60_000, intervalMs: 500, what: 'the update unpacked and waiting (runtime.onUpdateAvailable)' },
        );
        // A downloaded update is applied when the extension is idle or at the next start; the test's own
        // extension tab keeps it busy (Firefox: its listener postponed it), so the browser restarts, as the users'
        // browsers do every morning.
        await session.restart();
        await waitUntil(async () => (await session.backgroundVersion().catch(() => '')) === VERSION_N_PLUS_1, {
          timeoutMs: 60_000,
          intervalMs: 500,
          what: `the background running ${VERSION_N_PLUS_1}`,
        });
        const after = await waitForSnapshot(
          session,
          (s) => s.adoption.version === VERSION_N_PLUS_1 && s.launcher.tools.length > 1 && s.news.items.length >= 2,
          `a snapshot published by ${VERSION_N_PLUS_1}`,
        );
        expect(userData(after)).toEqual(expected);
        expect((await readSnapshot(session))?.adoption.version).toBe(VERSION_N_PLUS_1);
      } finally {
        await session.close();
      }
    });
  }, 240_000);
}
