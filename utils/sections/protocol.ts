/** Messages of the relocated-sections capability (see utils/messaging/protocol.ts). */
import type { EntryPoint } from '../indicators/vocabulary';
import type { LaunchDisposition } from '../tabs/disposition';
import type { SectionMatch } from './section-result';

export interface SectionsProtocol {
  /** Re-fetch the index now (conditional request) and update search and guidance rules; answers the sync state. */
  refreshSections(): { state: string; detail?: string };
  /** Open a section's new address; from: where it was chosen, for the usage indicators' paths. */
  openSection(data: { sectionId: string; disposition: LaunchDisposition; from?: EntryPoint }): void;
  /**
   * The sections matching what is typed in the popup's search box, best first. The background keeps the index
   * loaded between popups, so no popup loads it.
   */
  findSections(data: { query: string; limit: number }): SectionMatch[];
  /** The popup opened: load the index now, so the first query is answered as soon as it is typed. */
  prepareSectionsSearch(): void;
}
