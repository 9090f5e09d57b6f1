// @vitest-environment node
/** CI builds the organisation's packages with a throwaway key: the whole command minus the browser build. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_EXTENSION_ID, GECKO_ID } from '@/utils/manifest/build-manifest';
import { admxTemplates } from '../../../tools/config-artifacts/admx/adml';
import { policyTemplates } from '../../../tools/config-artifacts/policy-templates';
import { extensionIdOf, publicKeyDer } from '../../../tools/packaging/crx-id';
import { type OrgPackageSummary, packageForOrganisation } from '../../../tools/packaging/org-package';
import { resolveOrgSettings } from '../../../tools/packaging/org-settings';
import { generateSigningKeyPem } from '../../../tools/packaging/signing-key';
import { parseCrx3 } from './protobuf-reader';

const ORG = {
  productName: 'Acme Passerelle',
  geckoId: 'passerelle@acme.example',
  updateBaseUrl: 'https://intranet.acme.example/passerelle/',
  configUrl: 'https://esn.acme.example/passerelle/config.json',
};

/** The templates that carry the organisation's policy values (the others install, merge or remove). */
const POLICY_CARRIERS = [
  'firefox-policies.json',
  'linux-chromium-passerelle.json',
  'macos-chrome.mobileconfig',
  'macos-edge.mobileconfig',
  'windows-chrome.reg',
  'windows-edge.reg',
  'windows-chrome-user.reg',
  'windows-edge-user.reg',
];

let work: string;
let outDir: string;
let pem: string;
let summary: OrgPackageSummary;

function fakeBuild(name: string, manifest: object): string {
  const dir = join(work, name);
  const assets = join(dir, 'assets');
  mkdirSync(assets, { recursive: true });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(assets, 'popup.js'), `console.log(${JSON.stringify(name)})`);
  return dir;
}

interface PackedManifest {
  key: string;
  browser_specific_settings: { gecko: Record<string, unknown> };
  [field: string]: unknown;
}

async function manifestIn(zip: Uint8Array): Promise<PackedManifest> {
  const archive = await JSZip.loadAsync(zip);
  expect(Object.keys(archive.files).sort()).toEqual(['assets/', 'assets/popup.js', 'manifest.json']);
  return JSON.parse(await (archive.file('manifest.json')?.async('string') ?? 'null'));
}

const read = (file: string) => readFileSync(join(outDir, file));

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'passerelle-org-'));
  outDir = join(work, 'org');
  pem = generateSigningKeyPem();
  const chromeDir = fakeBuild('chrome', { name: '__MSG_extName__', version: '0.1.0', key: 'REPO KEY' });
  const firefoxDir = fakeBuild('firefox', {
    name: '__MSG_extName__',
    version: '0.1.0',
    browser_specific_settings: { gecko: { id: GECKO_ID, strict_min_version: '142.0' } },
  });
  const { settings } = resolveOrgSettings(ORG, { PASSERELLE_ORG_VERSION: '0.2.0' });
  summary = await packageForOrganisation({ chromeDir, firefoxDir, outDir, settings, privateKeyPem: pem });
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run package (throwaway key)', () => {
  it('writes every file IT hosts or deploys', () => {
    const templates = [...Object.keys(policyTemplates()), ...Object.keys(admxTemplates(CHROMIUM_EXTENSION_ID))];
    expect(summary.files).toEqual(
      [
        'passerelle-0.2.0.crx',
        'passerelle-0.2.0.xpi',
        'passerelle.xpi',
        ...templates.map((file) => `policy-templates/${file}`),
        'store/passerelle-0.2.0-chrome.zip',
        'store/passerelle-0.2.0-firefox.zip',
        'updates.json',
        'updates.xml',
      ].sort(),
    );
  });

  it('signs the CRX with the organisation key, whose id and public key the manifest carries', async () => {
    const crx = parseCrx3(read('passerelle-0.2.0.crx'));
    const id = extensionIdOf(publicKeyDer(pem));
    expect(summary.chromiumId).toBe(id);
    expect(id).not.toBe(CHROMIUM_EXTENSION_ID);
    const manifest = await manifestIn(crx.zip);
    expect(extensionIdOf(Buffer.from(manifest.key, 'base64'))).toBe(id);
    expect(manifest).toMatchObject({
      name: 'Acme Passerelle',
      version: '0.2.0',
      update_url: 'https://intranet.acme.example/passerelle/updates.xml',
    });
    expect(read('updates.xml').toString()).toContain(
      `<app appid='${id}'>\n    <updatecheck codebase='https://intranet.acme.example/passerelle/passerelle-0.2.0.crx' version='0.2.0' />`,
    );
  });

  it('gives the .xpi the organisation gecko id and its updates.json', async () => {
    const manifest = await manifestIn(read('passerelle-0.2.0.xpi'));
    expect(manifest.browser_specific_settings.gecko).toEqual({
      id: 'passerelle@acme.example',
      strict_min_version: '142.0',
      update_url: 'https://intranet.acme.example/passerelle/updates.json',
    });
    expect(read('passerelle.xpi')).toEqual(read('passerelle-0.2.0.xpi'));
    const updates = JSON.parse(read('updates.json').toString());
    expect(updates.addons['passerelle@acme.example'].updates[0]).toMatchObject({
      version: '0.2.0',
      update_link: 'https://intranet.acme.example/passerelle/passerelle-0.2.0.xpi',
    });
  });

  it('leaves the key and update addresses out of the store zips (the stores refuse them)', async () => {
    const chrome = await manifestIn(read('store/passerelle-0.2.0-chrome.zip'));
    expect(chrome).not.toHaveProperty('key');
    expect(chrome).not.toHaveProperty('update_url');
    const firefox = await manifestIn(read('store/passerelle-0.2.0-firefox.zip'));
    expect(firefox.browser_specific_settings.gecko).toEqual({
      id: 'passerelle@acme.example',
      strict_min_version: '142.0',
    });
  });

  it('fills every policy template with the organisation id and addresses, none of the examples', () => {
    for (const file of summary.files.filter((name) => name.startsWith('policy-templates/'))) {
      const text = read(file).toString();
      expect(text, file).not.toContain(CHROMIUM_EXTENSION_ID);
      expect(text, file).not.toContain(GECKO_ID);
      expect(text, file).not.toContain('intranet.example.com');
      // The ADML files hold only the settings' names and explanations; every other file names the extension.
      if (!file.endsWith('.adml')) {
        expect(text, file).toMatch(
          file.includes('firefox') ? /passerelle@acme\.example/ : new RegExp(summary.chromiumId),
        );
      }
    }
    for (const file of POLICY_CARRIERS) {
      expect(read(`policy-templates/${file}`).toString(), file).toContain(
        'https://esn.acme.example/passerelle/config.json',
      );
    }
    const linux = JSON.parse(read('policy-templates/linux-chromium-passerelle.json').toString());
    expect(linux.ExtensionSettings[summary.chromiumId].update_url).toBe(summary.chromiumUpdateUrl);
    const firefox = JSON.parse(read('policy-templates/firefox-policies.json').toString());
    expect(firefox.policies.ExtensionSettings['passerelle@acme.example'].install_url).toBe(
      'https://intranet.acme.example/passerelle/passerelle.xpi',
    );
  });
});
