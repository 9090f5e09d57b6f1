import type { PageHelp } from './help-view';

/** Messages of the companion capability (see utils/messaging/protocol.ts). */
export interface CompanionProtocol {
  /** Help for the web page the user was last on (the popup and the panel open on it); null when none. */
  getPageHelp(): PageHelp | null;
  /** Open the side panel instead of the popup on a toolbar click (Chromium), or not. */
  setPanelOnClick(data: { enabled: boolean }): { applied: boolean };
  /** The employee's current choice. */
  getPanelOnClick(): boolean;
}
