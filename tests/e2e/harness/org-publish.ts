/**
 * Publishes the tested build as an organisation would, through `npm run package`'s own code: a throwaway key,
 * the local update server as the update base, and a chosen version (N, then N+1).
 */

import { type OrgPackageSummary, packageForOrganisation } from '../../../utils/packaging/org-package';
import { resolveOrgSettings } from '../../../utils/packaging/org-settings';
import { generateSigningKeyPem } from '../../../utils/packaging/signing-key';
import { CHROME_BUILD_DIR, FIREFOX_BUILD_DIR, requireBuild } from './paths';
import type { UpdateServer } from './update-server';

export const TEST_ORG_GECKO_ID = 'passerelle@deploy-test.example';

export interface TestOrganisation {
  privateKeyPem: string;
  publish(version: string): Promise<OrgPackageSummary>;
}

export function testOrganisation(server: UpdateServer, configUrl: string): TestOrganisation {
  const privateKeyPem = generateSigningKeyPem();
  return {
    privateKeyPem,
    publish(version: string) {
      const { settings } = resolveOrgSettings(
        { geckoId: TEST_ORG_GECKO_ID, updateBaseUrl: server.baseUrl, configUrl, version },
        {},
      );
      return packageForOrganisation({
        chromeDir: requireBuild(CHROME_BUILD_DIR, 'npx wxt build'),
        firefoxDir: requireBuild(FIREFOX_BUILD_DIR, 'npx wxt build -b firefox --mv3'),
        outDir: server.dir,
        settings,
        privateKeyPem,
      });
    },
  };
}
