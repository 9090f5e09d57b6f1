/** Messages of the configuration capability (see utils/messaging/protocol.ts). */
import type { Diagnostics } from './diagnostics';

/** A change from the options page; `null` clears a value (back to the policy default or the document). */
export interface UserSettingsChange {
  configUrl?: string | null;
  /** Setting path → value, only for paths the policy lists in userMayChange. */
  settings?: Record<string, unknown>;
}

export type SaveUserSettingsResult =
  | { ok: true }
  | { ok: false; reason: 'enforced' | 'invalidUrl' | 'invalidValue'; detail?: string };

export interface ConfigProtocol {
  /** Re-read policy and re-fetch the configuration document now. */
  refreshConfig(): void;
  /** Everything the options page's diagnostics show. */
  getDiagnostics(): Diagnostics;
  /** The user's own settings; refused where a policy enforces the value. */
  saveUserSettings(data: UserSettingsChange): SaveUserSettingsResult;
}
