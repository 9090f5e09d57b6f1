/** Where an address opens, as links behave (shared by the launcher, the sections and the address-bar keyword). */
export type LaunchDisposition = 'newTab' | 'currentTab' | 'backgroundTab' | 'newWindow';

export interface PointerOrKey {
  button?: number;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/**
 * Where a launch opens, as links behave: Ctrl/Cmd-click or middle-click → background tab, Shift → new window,
 * a plain click or Enter → new tab (the popup is not a page: "current tab" would replace what the user reads).
 */
export function dispositionOf(event: PointerOrKey): LaunchDisposition {
  if (event.shiftKey) return 'newWindow';
  if (event.ctrlKey || event.metaKey || event.button === 1) return 'backgroundTab';
  return 'newTab';
}
