/** A macOS configuration profile for Chrome or Edge: one payload installs and pins, one configures Passerelle. */
import type { TemplateTarget } from '../template-target';
import { extensionSettingsEntry } from './windows-reg';

type Browser = 'chrome' | 'edge';

const DOMAINS: Record<Browser, string> = { chrome: 'com.google.Chrome', edge: 'com.microsoft.Edge' };
/** Fixed per browser so that a profile re-deployed replaces the earlier one instead of adding a second. */
const UUID_PREFIX: Record<Browser, string> = { chrome: 'A1C0FFEE-0000-4000-8000-', edge: 'A1C0FFEE-0000-4000-9000-' };

function xml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

function plist(value: unknown, indent: string): string {
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

export function macosMobileconfig(policy: Record<string, unknown>, target: TemplateTarget, browser: Browser): string {
  const domain = DOMAINS[browser];
  const uuid = (n: number) => `${UUID_PREFIX[browser]}${String(n).padStart(12, '0')}`;
  const profile = {
    PayloadContent: [
      {
        PayloadType: domain,
        PayloadIdentifier: `com.example.passerelle.${browser}`,
        PayloadUUID: uuid(1),
        PayloadVersion: 1,
        ExtensionSettings: { [target.chromiumId]: extensionSettingsEntry(browser, target) },
      },
      {
        PayloadType: `${domain}.extensions.${target.chromiumId}`,
        PayloadIdentifier:
          browser === 'chrome' ? 'com.example.passerelle.policy' : 'com.example.passerelle.edge.policy',
        PayloadUUID: uuid(2),
        PayloadVersion: 1,
        ...policy,
      },
    ],
    PayloadDisplayName: browser === 'chrome' ? 'Passerelle' : 'Passerelle (Microsoft Edge)',
    PayloadIdentifier: browser === 'chrome' ? 'com.example.passerelle' : 'com.example.passerelle.edge.profile',
    PayloadType: 'Configuration',
    PayloadUUID: uuid(0),
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
