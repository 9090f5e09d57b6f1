/** Messages of the relocated-sections capability (see utils/messaging/protocol.ts). */
import type { LaunchDisposition } from '../launcher/protocol';

export interface SectionsProtocol {
  /** Re-fetch the index now (conditional request) and update search and guidance rules; answers the sync state. */
  refreshSections(): { state: string; detail?: string };
  /** Open a section's new address. */
  openSection(data: { sectionId: string; disposition: LaunchDisposition }): void;
}
