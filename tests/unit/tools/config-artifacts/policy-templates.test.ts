// @vitest-environment node
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_EXTENSION_ID, GECKO_ID } from '@/utils/manifest/build-manifest';
import { EXAMPLE_POLICY } from '../../../tools/config-artifacts/policy-example';
import { policyTemplates, templateBytes } from '../../../tools/config-artifacts/policy-templates';
import { withDefaults } from '../../../tools/config-artifacts/template-target';
import { EXAMPLE_EXISTING_EXTENSION_SETTINGS } from '../../../tools/config-artifacts/templates/merge-script';
import { extensionSettingsEntry } from '../../../tools/config-artifacts/templates/windows-reg';

const templates = policyTemplates();
const ACCENTED_POLICY = { ...EXAMPLE_POLICY, esn: { name: { fr: 'Réseau « Ruche »', en: 'The Hive' } } };

describe('.reg encoding', () => {
  it('writes an ASCII .reg as plain bytes, with no byte-order mark', () => {
    const text = templates['windows-chrome.reg'] ?? '';
    const bytes = templateBytes('windows-chrome.reg', text);
    expect([...bytes.subarray(0, 2)]).not.toEqual([0xff, 0xfe]);
    expect(Buffer.from(bytes).toString('ascii')).toBe(text);
  });

  it('writes a .reg with accented values as UTF-16 LE with its byte-order mark', () => {
    const text = policyTemplates(ACCENTED_POLICY)['windows-edge.reg'] ?? '';
    const bytes = templateBytes('windows-edge.reg', text);
    expect([...bytes.subarray(0, 4)]).toEqual([0xff, 0xfe, 0x57, 0x00]); // BOM, then "W" of the header
    expect(bytes.length).toBe(2 + text.length * 2);
    expect(new TextDecoder('utf-16le').decode(bytes.subarray(2))).toBe(text);
    const e = text.indexOf('é');
    expect([bytes[2 + e * 2], bytes[3 + e * 2]]).toEqual([0xe9, 0x00]);
  });

  it('writes the PowerShell script in UTF-8 with a byte-order mark, as Windows PowerShell 5.1 needs', () => {
    const text = templates['passerelle-extension-settings.ps1'] ?? '';
    const bytes = templateBytes('passerelle-extension-settings.ps1', text);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.subarray(3))).toBe(text);
  });

  it('leaves the other files in UTF-8', () => {
    const text = policyTemplates(ACCENTED_POLICY)['firefox-policies.json'] ?? '';
    expect(new TextDecoder().decode(templateBytes('firefox-policies.json', text))).toBe(text);
  });
});

describe('templates that do no harm', () => {
  it('warns in the .reg that it replaces the whole ExtensionSettings value', () => {
    expect(templates['windows-chrome.reg']).toMatch(/^; Replaces the whole ExtensionSettings value/m);
  });

  it('has per-user variants: the same values under HKEY_CURRENT_USER', () => {
    const machine = templates['windows-edge.reg'] ?? '';
    const user = templates['windows-edge-user.reg'] ?? '';
    expect(user).not.toContain('HKEY_LOCAL_MACHINE');
    expect(user).toBe(machine.replaceAll('HKEY_LOCAL_MACHINE', 'HKEY_CURRENT_USER'));
  });

  it.each(['chrome', 'edge'])('%s rollback removes only Passerelle’s own policy key, in both hives', (browser) => {
    const lines = (templates[`windows-${browser}-uninstall.reg`] ?? '')
      .split('\r\n')
      .filter((line) => line.startsWith('['));
    const root = browser === 'chrome' ? 'Google\\Chrome' : 'Microsoft\\Edge';
    expect(lines).toEqual([
      `[-HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${root}\\3rdparty\\extensions\\${CHROMIUM_EXTENSION_ID}]`,
      `[-HKEY_CURRENT_USER\\SOFTWARE\\Policies\\${root}\\3rdparty\\extensions\\${CHROMIUM_EXTENSION_ID}]`,
    ]);
    expect(templates[`windows-${browser}-uninstall.reg`]).not.toContain('ExtensionSettings');
  });

  it('merges into an existing ExtensionSettings: every other entry is kept as it was', () => {
    const example = JSON.parse(templates['extension-settings-merge-example.json'] ?? '');
    expect(example.before).toEqual(EXAMPLE_EXISTING_EXTENSION_SETTINGS);
    for (const [id, entry] of Object.entries(example.before)) expect(example.after[id]).toEqual(entry);
    expect(example.after[CHROMIUM_EXTENSION_ID]).toEqual(extensionSettingsEntry('chrome', withDefaults()));
    expect(Object.keys(example.after)).toHaveLength(Object.keys(example.before).length + 1);
  });

  it('has a merge script that edits only Passerelle’s entry, with -Remove and -WhatIf', () => {
    const script = templates['passerelle-extension-settings.ps1'] ?? '';
    expect(script).toContain('[CmdletBinding(SupportsShouldProcess = $true)]');
    expect(script).toContain(`$ExtensionId = '${CHROMIUM_EXTENSION_ID}'`);
    expect(script).toContain('$Settings.PSObject.Properties.Remove($ExtensionId)');
    expect(script).toMatch(/if \(-not \$Remove\) \{\r\n\s+\$Settings \| Add-Member -NotePropertyName \$ExtensionId/);
    expect(script).toContain('if ($PSCmdlet.ShouldProcess(');
    expect(script).not.toMatch(/Remove-Item/);
    const entry = (browser: string) => JSON.parse(new RegExp(`^  ${browser} = '(.*)'$`, 'm').exec(script)?.[1] ?? '');
    expect(entry('Chrome')).toEqual(extensionSettingsEntry('chrome', withDefaults()));
    expect(entry('Edge')).toEqual(extensionSettingsEntry('edge', withDefaults()));
  });

  it('has an Edge macOS profile: Edge payload types, Edge pinning, well-formed', () => {
    const profile = templates['macos-edge.mobileconfig'] ?? '';
    expect(XMLValidator.validate(profile)).toBe(true);
    expect(profile).toContain('<string>com.microsoft.Edge</string>');
    expect(profile).toContain(`<string>com.microsoft.Edge.extensions.${CHROMIUM_EXTENSION_ID}</string>`);
    expect(profile).toContain('<key>toolbar_state</key>');
    expect(profile).not.toContain('com.google.Chrome');
    const uuids = (text: string) => [...text.matchAll(/<key>PayloadUUID<\/key>\s*<string>([^<]+)/g)].map((m) => m[1]);
    const chromeUuids = uuids(templates['macos-chrome.mobileconfig'] ?? '');
    for (const uuid of uuids(profile)) expect(chromeUuids).not.toContain(uuid);
  });
});

describe('templates filled for an organisation', () => {
  it('carry the ids and addresses they are given, never the defaults', () => {
    const target = {
      chromiumId: 'abcdefghijklmnopabcdefghijklmnop',
      geckoId: 'passerelle@corp.example',
      chromiumUpdateUrl: 'https://packages.corp.example/updates.xml',
      firefoxInstallUrl: 'https://packages.corp.example/passerelle.xpi',
    };
    const filled = policyTemplates(EXAMPLE_POLICY, target);
    for (const [file, text] of Object.entries(filled)) {
      expect(text, file).not.toContain(CHROMIUM_EXTENSION_ID);
      expect(text, file).not.toContain(GECKO_ID);
      expect(text, file).not.toContain('intranet.example.com/passerelle');
      expect(text.includes(target.chromiumId) || text.includes(target.geckoId), file).toBe(true);
    }
    expect(filled['firefox-policies.json']).toContain(target.firefoxInstallUrl);
    expect(filled['windows-chrome.reg']).toContain(target.chromiumUpdateUrl);
  });
});
