/** Messages of the launcher capability (see utils/messaging/protocol.ts). */
export type LaunchDisposition = 'newTab' | 'currentTab' | 'backgroundTab' | 'newWindow';

export interface LauncherProtocol {
  /** Open a tool the way the configuration says (through the ESN launch route when there is one). */
  launchTool(data: { toolId: string; disposition: LaunchDisposition }): void;
  /** Add a tool to the end of the favourites. */
  pinTool(data: { toolId: string }): void;
  unpinTool(data: { toolId: string }): void;
  /** Move a favourite up (negative) or down (positive) by that many places. */
  moveFavourite(data: { toolId: string; offset: number }): void;
  /** Hide an optional tool (mandatory tools are never hidden). */
  hideTool(data: { toolId: string }): void;
  unhideTool(data: { toolId: string }): void;
  /** Whether a launch focuses a tab already showing the tool (no ESN visit is then counted). */
  setFocusExistingTab(data: { enabled: boolean }): void;
}
