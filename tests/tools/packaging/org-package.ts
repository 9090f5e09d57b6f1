/**
 * `npm run package`: from the tested build (.output/chrome-mv3, .output/firefox-mv3) to what an organisation
 * hosts and deploys — signed CRX3 + updates.xml, .xpi + updates.json, store zips, filled policy templates.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { admxTemplates } from '../config-artifacts/admx/adml';
import { policyTemplates, templateBytes } from '../config-artifacts/policy-templates';
import { extensionIdOf, manifestKeyOf, publicKeyDer } from './crx-id';
import { signCrx3 } from './crx3';
import { chromiumOrgManifest, firefoxOrgManifest, type Manifest } from './org-manifest';
import type { OrgSettings } from './org-settings';
import { chromiumUpdatesXml, firefoxUpdatesJson } from './update-manifests';
import { zipExtension } from './zip-directory';

interface OrgPackageInputs {
  chromeDir: string;
  firefoxDir: string;
  outDir: string;
  settings: OrgSettings;
  privateKeyPem: string;
}

export interface OrgPackageSummary {
  chromiumId: string;
  geckoId: string;
  version: string;
  chromiumUpdateUrl: string;
  firefoxUpdateUrl: string;
  crxUrl: string;
  xpiUrl: string;
  /** Paths relative to outDir. */
  files: string[];
}

function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
}

export async function packageForOrganisation(inputs: OrgPackageInputs): Promise<OrgPackageSummary> {
  const { settings, outDir } = inputs;
  const chromeManifest = readManifest(inputs.chromeDir);
  const firefoxManifest = readManifest(inputs.firefoxDir);
  const version = settings.version ?? chromeManifest.version;
  const productName = settings.productName === 'Passerelle' ? undefined : settings.productName;
  const publicKey = publicKeyDer(inputs.privateKeyPem);
  const chromiumId = extensionIdOf(publicKey);
  const base = settings.updateBaseUrl;
  const names = { crx: `passerelle-${version}.crx`, xpi: `passerelle-${version}.xpi` };
  const urls = {
    chromiumUpdateUrl: `${base}updates.xml`,
    firefoxUpdateUrl: `${base}updates.json`,
    crxUrl: `${base}${names.crx}`,
    xpiUrl: `${base}${names.xpi}`,
  };
  const identity = { version, productName };

  const files: Record<string, string | Uint8Array> = {};
  const selfHostedChrome = chromiumOrgManifest(chromeManifest, {
    ...identity,
    publicKey: manifestKeyOf(publicKey),
    updateUrl: urls.chromiumUpdateUrl,
  });
  files[names.crx] = signCrx3(await zipExtension(inputs.chromeDir, selfHostedChrome), inputs.privateKeyPem);
  files['updates.xml'] = chromiumUpdatesXml(chromiumId, version, urls.crxUrl);

  const firefoxIdentity = { ...identity, geckoId: settings.geckoId };
  const selfHostedFirefox = firefoxOrgManifest(firefoxManifest, {
    ...firefoxIdentity,
    updateUrl: urls.firefoxUpdateUrl,
  });
  const xpi = await zipExtension(inputs.firefoxDir, selfHostedFirefox);
  files[names.xpi] = xpi;
  // A stable name for the Firefox policy's install_url: new machines get the current version without a policy edit.
  files['passerelle.xpi'] = xpi;
  files['updates.json'] = firefoxUpdatesJson(settings.geckoId, version, urls.xpiUrl, xpi);

  const storeChrome = chromiumOrgManifest(chromeManifest, { ...identity, publicKey: null, updateUrl: null });
  files[`store/passerelle-${version}-chrome.zip`] = await zipExtension(inputs.chromeDir, storeChrome);
  const storeFirefox = firefoxOrgManifest(firefoxManifest, { ...firefoxIdentity, updateUrl: null });
  files[`store/passerelle-${version}-firefox.zip`] = await zipExtension(inputs.firefoxDir, storeFirefox);

  const target = {
    chromiumId,
    geckoId: settings.geckoId,
    chromiumUpdateUrl: urls.chromiumUpdateUrl,
    firefoxInstallUrl: `${base}passerelle.xpi`,
  };
  const templates = { ...policyTemplates({ configUrl: settings.configUrl }, target), ...admxTemplates(chromiumId) };
  for (const [file, content] of Object.entries(templates)) {
    // A .reg with an accented value must be UTF-16 LE, a .ps1 needs its byte-order mark: see templateBytes.
    files[`policy-templates/${file}`] = templateBytes(file, content);
  }

  rmSync(outDir, { recursive: true, force: true });
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(join(outDir, file, '..'), { recursive: true });
    writeFileSync(join(outDir, file), content);
  }
  return { chromiumId, geckoId: settings.geckoId, version, ...urls, files: Object.keys(files).sort() };
}
