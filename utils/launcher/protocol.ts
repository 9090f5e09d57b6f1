/** Messages of the launcher capability (see utils/messaging/protocol.ts). */
import type { EntryPoint } from '../indicators/vocabulary';
import type { LaunchDisposition } from '../tabs/disposition';
import type { PersonalLinkRefusal } from './personal-links';

export interface LauncherProtocol {
  /** Open a tool the way the configuration says (through the ESN launch route when there is one). */
  /** from: where the tool was chosen, for the usage indicators' paths. */
  launchTool(data: { toolId: string; disposition: LaunchDisposition; from?: EntryPoint }): void;
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
  /** Add a personal link at the end (refused, with the reason, unless the policy allows personal links). */
  addPersonalLink(data: { label: string; url: string }): AddPersonalLinkResult;
  /** Forget a personal link (allowed even when the policy no longer allows them). */
  removePersonalLink(data: { linkId: string }): void;
  /** Move a personal link up (negative) or down (positive) by that many places. */
  movePersonalLink(data: { linkId: string; offset: number }): void;
  /** Open a personal link directly (never through the launch route: it is not a configured tool). */
  openPersonalLink(data: { linkId: string; disposition: LaunchDisposition }): void;
}

export type AddPersonalLinkResult = { ok: true; linkId: string } | { ok: false; reason: PersonalLinkRefusal };
