import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe } from 'vitest';
import { type DeployBrowser, defineInstallAndUpgradeTest } from './deploy.spec';
import { defineFormatUpgradeTest } from './deploy-format.spec';
import { ManagedChromium } from './harness/chromium-managed';
import { closeIdleBrowsers } from './harness/idle-browsers';
import { CHROMIUM_POLICY_FILE, writePolicyFile } from './harness/policy-file';

// Writes /etc/chromium/policies/managed/passerelle-test.json: run as root (CI does).
describe('deployment in Chromium (force-install from the generated policy, self-hosted updates)', () => {
  const chromium: DeployBrowser = {
    expectedId: (org) => org.chromiumId,
    installType: 'admin',
    installFile: (org) => `passerelle-${org.version}.crx`,
    updateFile: (org) => `passerelle-${org.version}.crx`,
    updateManifest: 'updates.xml',
    launchManaged: async (org, templatesDir) => {
      await closeIdleBrowsers();
      const template = JSON.parse(readFileSync(join(templatesDir, 'linux-chromium-passerelle.json'), 'utf8'));
      // Test only: by default Chromium refuses DevTools (so the harness) on extensions installed by policy.
      const policyFile = writePolicyFile(CHROMIUM_POLICY_FILE, { ...template, DeveloperToolsAvailability: 1 });
      return ManagedChromium.launch({ extensionId: org.chromiumId, policyFile });
    },
  };
  defineInstallAndUpgradeTest(chromium);
  defineFormatUpgradeTest(chromium);
});
