import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe } from 'vitest';
import { type DeployBrowser, defineInstallAndUpgradeTest } from './deploy.spec';
import { defineFormatUpgradeTest } from './deploy-format.spec';
import { ManagedFirefox } from './harness/firefox-managed';
import { closeIdleBrowsers } from './harness/idle-browsers';
import { FIREFOX_POLICY_FILE, writePolicyFile } from './harness/policy-file';

// Writes /etc/firefox/policies/policies.json: run as root (CI does). The generated template goes in unchanged;
// what the test relaxes (unsigned .xpi, http update server) is in the profile: see harness/firefox-managed.ts.
describe('deployment in Firefox ESR (force-install from the generated policy, self-hosted updates)', () => {
  const firefox: DeployBrowser = {
    expectedId: (org) => org.geckoId,
    installType: 'admin',
    // The policy's install_url is the stable name, so new machines need no policy edit at each release.
    installFile: () => 'passerelle.xpi',
    updateFile: (org) => `passerelle-${org.version}.xpi`,
    updateManifest: 'updates.json',
    launchManaged: async (org, templatesDir) => {
      await closeIdleBrowsers();
      const template = JSON.parse(readFileSync(join(templatesDir, 'firefox-policies.json'), 'utf8'));
      const policyFile = writePolicyFile(FIREFOX_POLICY_FILE, template);
      return ManagedFirefox.launch({ geckoId: org.geckoId, policyFile });
    },
  };
  defineInstallAndUpgradeTest(firefox);
  defineFormatUpgradeTest(firefox);
});
