import { storage } from 'wxt/utils/storage';

/**
 * What the user set in the options page. `configUrl` is used only when no policy enforces one; `settings`
 * (setting path → value) only for the paths the policy lists in userMayChange. The end-to-end harness writes
 * `{ userSettings: { configUrl } }` straight into storage.local: keep this key and shape.
 */
export interface UserSettings {
  configUrl?: string;
  settings?: Record<string, unknown>;
}

export const userSettingsItem = storage.defineItem<UserSettings>('local:userSettings', {
  fallback: {},
  version: 1,
});
