/**
 * Ready-to-edit policy files for each platform, from one policy object and one target (the extension ids and
 * package addresses; the defaults are this repository's). `npm run build` writes them to
 * .output/policy-templates/, and ADMIN.md shows the same text, checked by a test.
 */
import { EXAMPLE_POLICY } from './policy-example';
import { type TemplateTarget, withDefaults } from './template-target';
import {
  EXAMPLE_EXISTING_EXTENSION_SETTINGS,
  extensionSettingsMergeScript,
  mergedExtensionSettings,
} from './templates/merge-script';
import { macosMobileconfig } from './templates/mobileconfig';
import { regBytes } from './templates/reg-file';
import { extensionSettingsEntry, windowsReg, windowsUninstallReg } from './templates/windows-reg';

export type { WindowsBrowser } from './templates/windows-reg';
export { windowsReg } from './templates/windows-reg';

type Policy = Record<string, unknown>;

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function chromiumLinuxJson(policy: Policy, target: TemplateTarget = withDefaults()): string {
  return json({
    ExtensionSettings: { [target.chromiumId]: extensionSettingsEntry('chromium', target) },
    '3rdparty': { extensions: { [target.chromiumId]: policy } },
  });
}

export function firefoxPoliciesJson(policy: Policy, target: TemplateTarget = withDefaults()): string {
  return json({
    policies: {
      ExtensionSettings: {
        [target.geckoId]: {
          installation_mode: 'force_installed',
          install_url: target.firefoxInstallUrl,
          default_area: 'navbar',
        },
      },
      '3rdparty': { Extensions: { [target.geckoId]: policy } },
    },
  });
}

/** The admin guide's merge example: an organisation's ExtensionSettings before and after Passerelle is added. */
function mergeExample(target: TemplateTarget): string {
  return json({
    before: EXAMPLE_EXISTING_EXTENSION_SETTINGS,
    after: mergedExtensionSettings(EXAMPLE_EXISTING_EXTENSION_SETTINGS, target, 'chrome'),
  });
}

/** File name → content, for the build and for the admin guide. */
export function policyTemplates(
  policy: Policy = EXAMPLE_POLICY,
  targetOverrides: Partial<TemplateTarget> = {},
): Record<string, string> {
  const target = withDefaults(targetOverrides);
  return {
    'linux-chromium-passerelle.json': chromiumLinuxJson(policy, target),
    'firefox-policies.json': firefoxPoliciesJson(policy, target),
    'windows-chrome.reg': windowsReg('chrome', policy, target),
    'windows-edge.reg': windowsReg('edge', policy, target),
    'windows-chrome-user.reg': windowsReg('chrome', policy, target, 'HKEY_CURRENT_USER'),
    'windows-edge-user.reg': windowsReg('edge', policy, target, 'HKEY_CURRENT_USER'),
    'windows-chrome-uninstall.reg': windowsUninstallReg('chrome', target),
    'windows-edge-uninstall.reg': windowsUninstallReg('edge', target),
    'passerelle-extension-settings.ps1': extensionSettingsMergeScript(target),
    'extension-settings-merge-example.json': mergeExample(target),
    'macos-chrome.mobileconfig': macosMobileconfig(policy, target, 'chrome'),
    'macos-edge.mobileconfig': macosMobileconfig(policy, target, 'edge'),
  };
}

/**
 * The bytes of a template file: a .reg with a non-ASCII character is UTF-16 LE with a byte-order mark; a .ps1 is
 * UTF-8 with a byte-order mark (Windows PowerShell 5.1 reads a script without one in the ANSI code page).
 */
export function templateBytes(file: string, content: string): Uint8Array {
  if (file.endsWith('.reg')) return regBytes(content);
  return new TextEncoder().encode(file.endsWith('.ps1') ? `\ufeff${content}` : content);
}
