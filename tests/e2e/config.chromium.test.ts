import { describe, expect, it } from 'vitest';
import { defineConfigTests, expectLauncherRemoved } from './config.spec';
import { launchChromium } from './harness/chromium';
import { demoConfigUrl, withDemoEsn } from './harness/demo';
import { CHROMIUM_EXTENSION_ID } from './harness/paths';
import { CHROMIUM_POLICY_FILE, chromiumPolicyDocument, writePolicyFile } from './harness/policy-file';
import { shareBrowserBetweenTests } from './harness/shared-browser';
import { waitForSnapshot } from './harness/snapshot';
import { PopupPage } from './pages/popup';

// Writes /etc/chromium/policies/managed/passerelle-test.json: run as root (CI does).
describe('configuration in Chromium (real managed policy)', () => {
  const launch = shareBrowserBetweenTests(launchChromium);
  defineConfigTests({ launch: launch, wrongTypeReachesExtension: false, removesFeatureOnReload: true });

  // Also the check of a feature turned off by policy (config.spec.ts): a popup opened after the reload has no launcher.
  it('applies a policy reload without a restart, and a feature it turns off is gone from the popup', async () => {
    await withDemoEsn(async (esn) => {
      const policy = { configUrl: demoConfigUrl(esn) };
      const session = await launch({ policy });
      try {
        await waitForSnapshot(session, (snapshot) => snapshot.launcher.tools.length > 0, 'the demo tools');
        const popup = await PopupPage.open(session);
        await popup.waitForTools();
        writePolicyFile(
          CHROMIUM_POLICY_FILE,
          chromiumPolicyDocument(CHROMIUM_EXTENSION_ID, { ...policy, features: { launcher: false } }),
        );
        await session.reloadPolicy();
        await waitForSnapshot(session, (snapshot) => !snapshot.config.features.launcher, 'launcher turned off');
        // The open popup follows the change without being reopened.
        await popup.page.waitForFunction(() => document.querySelector('[data-testid=tools]') === null);
        expect(await popup.toolCount()).toBe(0);
        await expectLauncherRemoved(session);
      } finally {
        await session.close();
      }
    });
  });
});
