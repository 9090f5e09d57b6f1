/**
 * Deployment end to end, written once and run by deploy.<browser>.test.ts: the organisation's packages from
 * `npm run package`'s code, hosted on a local update server; the browser gets ONLY the generated policy
 * template (no extension flag, no temporary add-on), installs Passerelle itself, and later updates it through
 * its own update check — keeping every piece of the user's data.
 */
import { expect, it } from 'vitest';
import {
  type DeployBrowser,
  type Deployment,
  makeUserData,
  upgradeThroughBrowser,
  VERSION_N,
  withDeployment,
} from './deploy-steps';
import { demoConfigUrl } from './harness/demo';
import type { ExtensionSession } from './harness/session';
import { waitForSnapshot } from './harness/snapshot';
import { waitUntil } from './harness/wait';

export type { DeployBrowser, ManagedSession } from './deploy-steps';

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

/** The force-install from the generated policy alone: the package N runs, from the server, under its policy. */
async function expectForceInstalled(
  browser: DeployBrowser,
  session: ExtensionSession,
  { esn, server, published }: Deployment,
): Promise<void> {
  const self = await selfInfo(session);
  expect(self).toEqual({ id: browser.expectedId(published), installType: browser.installType, version: VERSION_N });
  expect(server.requests.some((path) => path.startsWith(`/${browser.installFile(published)}`))).toBe(true);
  // storage.managed can be {} for a moment after a launch: wait for the value.
  await waitUntil(async () => (await managedConfigUrl(session)) === demoConfigUrl(esn), {
    what: 'the 3rdparty policy in storage.managed',
  });
  const snapshot = await waitForSnapshot(session, (s) => s.launcher.tools.length > 0, 'the demo tools');
  expect(snapshot.adoption.version).toBe(VERSION_N);
}

/**
 * The force-install from the generated policy (both browsers), then the upgrade through the browser's own update
 * check (Chromium: runtime.requestUpdateCheck; Firefox: the add-on manager's periodic background check, run now):
 * one test, as the upgrade starts from that install.
 */
export function defineInstallAndUpgradeTest(browser: DeployBrowser): void {
  it('installs the organisation package from the generated policy alone, configured by its 3rdparty policy, then upgrades through the browser update check and keeps favourites, read marks, personal links and the charter', async () => {
    await withDeployment(async (deployment) => {
      const { esn, server, published } = deployment;
      const session = await browser.launchManaged(published, `${server.dir}/policy-templates`);
      try {
        await expectForceInstalled(browser, session, deployment);
        const userData = await makeUserData(session, esn);
        const after = await upgradeThroughBrowser(browser, session, deployment);
        expect(userData.of(after)).toEqual(userData.expected);
      } finally {
        await session.close();
      }
    });
  }, 240_000);
}
