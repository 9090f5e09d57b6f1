import * as z from 'zod/mini';
import { defineHealedItem } from '../storage-health/healed-item';
import { healWith } from '../storage-health/salvage';

/**
 * What the user set in the options page. `configUrl` is used only when no policy enforces one; `settings`
 * (setting path → value) only for the paths the policy lists in userMayChange. The end-to-end harness writes
 * `{ userSettings: { configUrl } }` straight into storage.local: keep this key and shape.
 */
export interface UserSettings {
  configUrl?: string;
  settings?: Record<string, unknown>;
}

// The values themselves are validated again, field by field, when the configuration is computed.
const userSettingsSchema = z.object({
  configUrl: z.optional(z.string()),
  settings: z.optional(z.record(z.string(), z.unknown())),
});

export const userSettingsItem = defineHealedItem<UserSettings>('local:userSettings', {
  fallback: {},
  version: 1,
  heal: healWith(userSettingsSchema, {}),
});
