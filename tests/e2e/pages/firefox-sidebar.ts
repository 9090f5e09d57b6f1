/**
 * Firefox's sidebar and the toolbar button's keyboard shortcut, driven from Firefox's own browser window
 * (see harness/firefox-browser-window.ts). Verified on Firefox ESR 153: the shortcut (_execute_action,
 * Alt+Shift+P) fires action.onClicked as a user action, so the extension may toggle its sidebar from it.
 */
import type { Browser } from 'puppeteer-core';
import { callInBrowserWindow, pressChordsInBrowserWindow } from '../harness/firefox-browser-window';

/** Whether the sidebar is open, and whose (the controller is SidebarController, SidebarUI before 133). */
export function sidebarState(browser: Browser): Promise<{ open: boolean; id: string }> {
  return callInBrowserWindow(
    browser,
    () => {
      const scope = globalThis as unknown as Record<string, { isOpen?: boolean; currentID?: string } | undefined>;
      const controller = scope.SidebarController ?? scope.SidebarUI;
      return { open: controller?.isOpen === true, id: controller?.currentID ?? '' };
    },
    null,
  );
}

/** Presses Alt+Shift+P (the toolbar button's shortcut) with trusted key events, as a user would. */
export function pressActionShortcut(browser: Browser): Promise<null> {
  return pressChordsInBrowserWindow(browser, [
    [
      { key: 'Alt', code: 'AltLeft', keyCode: 18 },
      { key: 'Shift', code: 'ShiftLeft', keyCode: 16 },
      { key: 'P', code: 'KeyP', keyCode: 80 },
    ],
  ]);
}
