/**
 * Registry files for Chrome and Edge on Windows: install, pin and configure (per machine or per user), and the
 * rollback that removes only what Passerelle added.
 */
import type { TemplateTarget } from '../template-target';
import { type Hive, regString, regText, regValue } from './reg-file';

export type WindowsBrowser = 'chrome' | 'edge';

const POLICY_ROOTS: Record<WindowsBrowser, string> = {
  chrome: 'SOFTWARE\\Policies\\Google\\Chrome',
  edge: 'SOFTWARE\\Policies\\Microsoft\\Edge',
};

export function policyRoot(browser: WindowsBrowser, hive: Hive = 'HKEY_LOCAL_MACHINE'): string {
  return `${hive}\\${POLICY_ROOTS[browser]}`;
}

/** Passerelle's entry of ExtensionSettings: installed, kept up to date from the organisation's server, pinned. */
export function extensionSettingsEntry(browser: WindowsBrowser | 'chromium', target: TemplateTarget) {
  const pin = browser === 'edge' ? { toolbar_state: 'force_shown' } : { toolbar_pin: 'force_pinned' };
  return { installation_mode: 'force_installed', update_url: target.chromiumUpdateUrl, ...pin };
}

export function windowsReg(
  browser: WindowsBrowser,
  policy: Record<string, unknown>,
  target: TemplateTarget,
  hive: Hive = 'HKEY_LOCAL_MACHINE',
): string {
  const root = policyRoot(browser, hive);
  const settings = { [target.chromiumId]: extensionSettingsEntry(browser, target) };
  return regText([
    '; Replaces the whole ExtensionSettings value. If your organisation already sets ExtensionSettings (blocklist,',
    '; other extensions), do not import this line: add Passerelle with the merge script instead (see ADMIN.md).',
    `[${root}]`,
    `"ExtensionSettings"=${regString(JSON.stringify(settings))}`,
    '',
    `[${root}\\3rdparty\\extensions\\${target.chromiumId}\\policy]`,
    ...Object.entries(policy).map(([key, value]) => `"${key}"=${regValue(value)}`),
  ]);
}

/**
 * Rollback: removes Passerelle's policy key, per machine and per user. It leaves the organisation's
 * ExtensionSettings value alone; the merge script's -Remove takes Passerelle's entry out of it.
 */
export function windowsUninstallReg(browser: WindowsBrowser, target: TemplateTarget): string {
  const hives: Hive[] = ['HKEY_LOCAL_MACHINE', 'HKEY_CURRENT_USER'];
  return regText(hives.map((hive) => `[-${policyRoot(browser, hive)}\\3rdparty\\extensions\\${target.chromiumId}]`));
}
