/**
 * Publishes the tested build as an organisation would, through `npm run package`'s own code: a throwaway key,
 * the local update server as the update base, and a chosen version (N, then N+1).
 */

import { type OrgPackageSummary, packageForOrganisation } from '../../tools/packaging/org-package';
import { resolveOrgSettings } from '../../tools/packaging/org-settings';
import { generateSigningKeyPem } from '../../tools/packaging/signing-key';
import { CHROME_BUILD_DIR, FIREFOX_BUILD_DIR, requireBuild } from './paths';
import type { UpdateServer } from './update-server';

export const TEST_ORG_GECKO_ID = 'passerelle@deploy-test.example';

export interface ExtensionBuilds {
  chromeDir: string;
  firefoxDir: string;
}

export interface TestOrganisation {
  privateKeyPem: string;
  /** `builds`: other builds to publish under this version (e.g. the previous release's code). */
  publish(version: string, builds?: Partial<ExtensionBuilds>): Promise<OrgPackageSummary>;
}

export function testOrganisation(server: UpdateServer, configUrl: string): TestOrganisation {
  const privateKeyPem = generateSigningKeyPem();
  return {
    privateKeyPem,
    publish(version: string, builds: Partial<ExtensionBuilds> = {}) {
      const { settings } = resolveOrgSettings(
        { geckoId: TEST_ORG_GECKO_ID, updateBaseUrl: server.baseUrl, configUrl, version },
        {},
      );
      return packageForOrganisation({
        chromeDir: builds.chromeDir ?? requireBuild(CHROME_BUILD_DIR, 'npx wxt build'),
        firefoxDir: builds.firefoxDir ?? requireBuild(FIREFOX_BUILD_DIR, 'npx wxt build -b firefox --mv3'),
        outDir: server.dir,
        settings,
        privateKeyPem,
      });
    },
  };
}
