import type { FeatureName } from '../config/effective';

/** Messages of the adoption capability (see utils/messaging/protocol.ts). */
export interface AdoptionProtocol {
  /** The user accepted this version of the usage charter. */
  acknowledgeCharter(data: { version?: string }): void;
  /** The user closed the what's-new note of this feature: it never shows again. */
  dismissWhatsNew(data: { feature: FeatureName }): void;
  /** Open the welcome page (from the options page or the popup). */
  openWelcome(): void;
}
