/** What a save from the options page does to the user's settings: pure, so every refusal is tested. */
import { userMayChange } from './merge';
import type { PolicyDocument } from './policy-schema';
import type { SaveUserSettingsResult, UserSettingsChange } from './protocol';
import { urlRefusal } from './url-policy';
import type { UserSettings } from './user-settings';
import { validateUserSettings } from './validate-sources';

type ChangeOutcome = { ok: true; next: UserSettings } | Exclude<SaveUserSettingsResult, { ok: true }>;

export function applyUserChange(
  current: UserSettings,
  change: UserSettingsChange,
  policy: Partial<PolicyDocument>,
): ChangeOutcome {
  const origins = policy.allowedInsecureOrigins ?? [];
  let next: UserSettings = { ...current };
  if (change.configUrl !== undefined) {
    if (!userMayChange(policy, 'configUrl')) return { ok: false, reason: 'enforced' };
    const trimmed = change.configUrl?.trim() ?? '';
    if (trimmed !== '') {
      const refusal = urlRefusal(trimmed, origins);
      if (refusal) return { ok: false, reason: 'invalidUrl', detail: refusal };
    }
    const { configUrl: _previous, ...rest } = next;
    next = trimmed === '' ? rest : { ...rest, configUrl: trimmed };
  }
  if (change.settings) {
    const settings = { ...next.settings };
    for (const [path, value] of Object.entries(change.settings)) {
      if (!userMayChange(policy, path) || path === 'configUrl') return { ok: false, reason: 'enforced', detail: path };
      if (value === null) {
        delete settings[path];
        continue;
      }
      const checked = validateUserSettings({ settings: { [path]: value } }, origins);
      const issue = checked.issues[0];
      if (issue) return { ok: false, reason: 'invalidValue', detail: `${issue.path}: ${issue.message}` };
      settings[path] = value;
    }
    next = { ...next, settings };
  }
  return { ok: true, next };
}
