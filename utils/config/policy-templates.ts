/**
 * Ready-to-edit policy files for each platform, from one policy object (build-time; `npm run build` writes
 * them to .output/policy-templates/, and ADMIN.md shows the same text, checked by a test).
 */
import { CHROMIUM_EXTENSION_ID, GECKO_ID } from '../manifest/build-manifest';
import { EXAMPLE_CHROMIUM_UPDATE_URL, EXAMPLE_FIREFOX_INSTALL_URL, EXAMPLE_POLICY } from './policy-example';

/** Which extension the templates install and where from: the examples, or an organisation's own package. */
export interface PolicyTarget {
  chromiumId: string;
  geckoId: string;
  chromiumUpdateUrl: string;
  firefoxInstallUrl: string;
}

export const EXAMPLE_TARGET: PolicyTarget = {
  chromiumId: CHROMIUM_EXTENSION_ID,
  geckoId: GECKO_ID,
  chromiumUpdateUrl: EXAMPLE_CHROMIUM_UPDATE_URL,
  firefoxInstallUrl: EXAMPLE_FIREFOX_INSTALL_URL,
};

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type Policy = Record<string, unknown>;

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function chromiumLinuxJson(policy: Policy, target = EXAMPLE_TARGET): string {
  return json({
    ExtensionSettings: {
      [target.chromiumId]: {
        installation_mode: 'force_installed',
        update_url: target.chromiumUpdateUrl,
        toolbar_pin: 'force_pinned',
      },
    },
    '3rdparty': { extensions: { [target.chromiumId]: policy } },
  });
}

export function firefoxPoliciesJson(policy: Policy, target = EXAMPLE_TARGET): string {
  const install = { installation_mode: 'force_installed', install_url: target.firefoxInstallUrl };
  return json({
    policies: {
      ExtensionSettings: { [target.geckoId]: { ...install, default_area: 'navbar' } },
      '3rdparty': { Extensions: { [target.geckoId]: policy } },
    },
  });
}

function regString(value: string): string {
  return `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

/** A .reg value: strings as REG_SZ, booleans and integers as REG_DWORD, lists and objects as JSON in REG_SZ. */
function regValue(value: unknown): string {
  if (typeof value === 'boolean') return `dword:${value ? '00000001' : '00000000'}`;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) {
    return `dword:${value.toString(16).padStart(8, '0')}`;
  }
  return regString(typeof value === 'string' ? value : JSON.stringify(value));
}

export type WindowsBrowser = 'chrome' | 'edge';

const WINDOWS_ROOTS: Record<WindowsBrowser, string> = {
  chrome: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome',
  edge: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge',
};

export function windowsReg(browser: WindowsBrowser, policy: Policy, target = EXAMPLE_TARGET): string {
  const root = WINDOWS_ROOTS[browser];
  const pin = browser === 'chrome' ? { toolbar_pin: 'force_pinned' } : { toolbar_state: 'force_shown' };
  const install = { installation_mode: 'force_installed', update_url: target.chromiumUpdateUrl };
  const settings = { [target.chromiumId]: { ...install, ...pin } };
  const lines = [
    'Windows Registry Editor Version 5.00',
    '',
    `[${root}]`,
    `"ExtensionSettings"=${regString(JSON.stringify(settings))}`,
    '',
    `[${root}\\3rdparty\\extensions\\${target.chromiumId}\\policy]`,
    ...Object.entries(policy).map(([key, value]) => `"${key}"=${regValue(value)}`),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

function xml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

function plist(value: Json | unknown, indent: string): string {
  if (typeof value === 'boolean') return `${indent}<${value}/>`;
  if (typeof value === 'number') return `${indent}<integer>${value}</integer>`;
  if (typeof value === 'string') return `${indent}<string>${xml(value)}</string>`;
  if (Array.isArray(value)) {
    return [`${indent}<array>`, ...value.map((item) => plist(item, `${indent}  `)), `${indent}</array>`].join('\n');
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).flatMap(([key, item]) => [
      `${indent}  <key>${xml(key)}</key>`,
      plist(item, `${indent}  `),
    ]);
    return [`${indent}<dict>`, ...entries, `${indent}</dict>`].join('\n');
  }
  return `${indent}<string></string>`;
}

/** A configuration profile for Chrome on macOS: one payload installs and pins, one configures. */
export function macosMobileconfig(policy: Policy, target = EXAMPLE_TARGET): string {
  const profile = {
    PayloadContent: [
      {
        PayloadType: 'com.google.Chrome',
        PayloadIdentifier: 'com.example.passerelle.chrome',
        PayloadUUID: 'A1C0FFEE-0000-4000-8000-000000000001',
        PayloadVersion: 1,
        ExtensionSettings: {
          [target.chromiumId]: {
            installation_mode: 'force_installed',
            update_url: target.chromiumUpdateUrl,
            toolbar_pin: 'force_pinned',
          },
        },
      },
      {
        PayloadType: `com.google.Chrome.extensions.${target.chromiumId}`,
        PayloadIdentifier: 'com.example.passerelle.policy',
        PayloadUUID: 'A1C0FFEE-0000-4000-8000-000000000002',
        PayloadVersion: 1,
        ...policy,
      },
    ],
    PayloadDisplayName: 'Passerelle',
    PayloadIdentifier: 'com.example.passerelle',
    PayloadType: 'Configuration',
    PayloadUUID: 'A1C0FFEE-0000-4000-8000-000000000000',
    PayloadVersion: 1,
  };
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    plist(profile, ''),
    '</plist>',
    '',
  ].join('\n');
}

/** File name → content, for the build, the admin guide and (with the organisation's target) `npm run package`. */
export function policyTemplates(policy: Policy = EXAMPLE_POLICY, target = EXAMPLE_TARGET): Record<string, string> {
  return {
    'linux-chromium-passerelle.json': chromiumLinuxJson(policy, target),
    'firefox-policies.json': firefoxPoliciesJson(policy, target),
    'windows-chrome.reg': windowsReg('chrome', policy, target),
    'windows-edge.reg': windowsReg('edge', policy, target),
    'macos-chrome.mobileconfig': macosMobileconfig(policy, target),
  };
}
