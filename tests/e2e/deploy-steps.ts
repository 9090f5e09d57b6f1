/**
 * The steps the deployment tests share (deploy.spec.ts, deploy-format.spec.ts): an organisation publishing on a
 * local update server, the user's data made through the extension's own messages, and an upgrade through the
 * browser's own update check.
 */
import { expect } from 'vitest';
import type { PopupSnapshot } from '../../utils/snapshot/types';
import type { OrgPackageSummary } from '../tools/packaging/org-package';
import { type DemoEsn, demoConfigUrl, withDemoEsn } from './harness/demo';
import { type ExtensionBuilds, type TestOrganisation, testOrganisation } from './harness/org-publish';
import { sendMessage } from './harness/send-message';
import type { ExtensionSession } from './harness/session';
import { waitForSnapshot } from './harness/snapshot';
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

export const VERSION_N = '1.0.0';
export const VERSION_N_PLUS_1 = '1.1.0';

export interface Deployment {
  esn: DemoEsn;
  server: UpdateServer;
  org: TestOrganisation;
  published: OrgPackageSummary;
}

/** Publishes version N (from `firstBuilds` when given: another build's code) and runs `body`. */
export async function withDeployment<T>(
  body: (deployment: Deployment) => Promise<T>,
  firstBuilds: Partial<ExtensionBuilds> = {},
): Promise<T> {
  return withDemoEsn(async (esn) => {
    const server = await startUpdateServer();
    try {
      const org = testOrganisation(server, demoConfigUrl(esn));
      const published = await org.publish(VERSION_N, firstBuilds);
      return await body({ esn, server, org, published });
    } finally {
      await server.close();
    }
  });
}

export interface UserData {
  /** What the user made, as a snapshot shows it. */
  of(snapshot: PopupSnapshot): unknown;
  expected: unknown;
  /** The news item marked read. */
  readKey: string;
}

/** Favourites (in the user's order), a read mark, a personal link and the charter acknowledgement. */
export async function makeUserData(session: ExtensionSession, esn: DemoEsn): Promise<UserData> {
  const before = await waitForSnapshot(
    session,
    (s) => s.launcher.tools.length > 1 && s.news.items.length >= 2 && s.adoption.charter !== null,
    'the demo tools, news and charter',
  );
  const [toolA, toolB] = before.launcher.tools.map((tool) => tool.id);
  const readKey = before.news.items[0]?.key ?? '';
  await sendMessage(session, 'pinTool', { toolId: toolB });
  await sendMessage(session, 'pinTool', { toolId: toolA });
  // As the popup does when the item is chosen: its page opens and it is marked read.
  await sendMessage(session, 'openNewsItem', { key: readKey });
  const added = (await sendMessage(session, 'addPersonalLink', {
    label: 'Cantine',
    url: `${esn.origin}/cantine`,
  })) as { ok: boolean };
  expect(added.ok).toBe(true);
  await sendMessage(session, 'acknowledgeCharter', { version: before.adoption.charter?.version });
  const data: UserData = {
    readKey,
    of: (snapshot) => ({
      favourites: snapshot.launcher.favourites,
      read: snapshot.news.items.find((item) => item.key === readKey)?.unread,
      links: snapshot.launcher.personalLinks?.links.map((link) => [link.label, link.url]),
      charter: snapshot.adoption.charter?.acknowledged,
    }),
    expected: { favourites: [toolB, toolA], read: false, links: [['Cantine', `${esn.origin}/cantine`]], charter: true },
  };
  await waitForSnapshot(session, (s) => JSON.stringify(data.of(s)) === JSON.stringify(data.expected), 'user data');
  return data;
}

/**
 * Publishes N+1 (the tested build), lets the browser's own update check find and download it, restarts the
 * browser and waits until the background runs N+1. Returns the first snapshot N+1 publishes.
 */
export async function upgradeThroughBrowser(
  browser: DeployBrowser,
  session: ManagedSession,
  { server, org }: Deployment,
): Promise<PopupSnapshot> {
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
  const checks = () => server.requests.filter((path) => path.startsWith(`/${browser.updateManifest}`)).length;
  const checksBefore = checks();
  // The browser's own update check finds N+1 in the update manifest and downloads its package.
  await waitUntil(
    async () => {
      await session.checkForUpdates?.().catch(() => undefined);
      return server.requests.some((path) => path.startsWith(`/${browser.updateFile(next)}`));
    },
    { timeoutMs: 60_000, intervalMs: 1_000, what: `the browser downloading ${browser.updateFile(next)}` },
  );
  expect(checks()).toBeGreaterThan(checksBefore);
  await waitUntil(
    () =>
      session.evaluateInExtension(() => (globalThis as unknown as { updateStaged?: boolean }).updateStaged === true),
    { timeoutMs: 60_000, intervalMs: 500, what: 'the update unpacked and waiting (runtime.onUpdateAvailable)' },
  );
  // A downloaded update is applied when the extension is idle or at the next start; the test's own extension tab
  // keeps it busy (Firefox: its listener postponed it), so the browser restarts, as users' browsers do every day.
  await session.restart();
  await waitUntil(async () => (await session.backgroundVersion().catch(() => '')) === VERSION_N_PLUS_1, {
    timeoutMs: 60_000,
    intervalMs: 500,
    what: `the background running ${VERSION_N_PLUS_1}`,
  });
  return waitForSnapshot(
    session,
    (s) => s.adoption.version === VERSION_N_PLUS_1 && s.launcher.tools.length > 1 && s.news.items.length >= 2,
    `a snapshot published by ${VERSION_N_PLUS_1}`,
  );
}
