/**
 * Firefox's sidebar and the toolbar button's keyboard shortcut, driven from Firefox's own browser window
 * (see harness/firefox-browser-window.ts). Verified on Firefox ESR 153: the shortcut (_execute_action,
 * Alt+Shift+P) fires action.onClicked as a user action, so the extension may toggle its sidebar from it.
 */
import type { Browser } from 'puppeteer-core';
import { callInBrowserWindow } from '../harness/firefox-browser-window';

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
  return callInBrowserWindow(
    browser,
    () => {
      interface Processor {
        beginInputTransactionForTests(window: object): boolean;
        keydown(event: KeyboardEvent): void;
        keyup(event: KeyboardEvent): void;
      }
      const scope = globalThis as unknown as {
        Cc: { '@mozilla.org/text-input-processor;1': { createInstance(iface: unknown): Processor } };
        Ci: { nsITextInputProcessor: unknown };
      };
      const processor = scope.Cc['@mozilla.org/text-input-processor;1'].createInstance(scope.Ci.nsITextInputProcessor);
      if (!processor.beginInputTransactionForTests(globalThis)) throw new Error('Keyboard input is busy.');
      const keys = [
        new KeyboardEvent('', { key: 'Alt', code: 'AltLeft', keyCode: 18 }),
        new KeyboardEvent('', { key: 'Shift', code: 'ShiftLeft', keyCode: 16 }),
        new KeyboardEvent('', { key: 'P', code: 'KeyP', keyCode: 80 }),
      ];
      for (const key of keys) processor.keydown(key);
      for (const key of keys.reverse()) processor.keyup(key);
      return null;
    },
    null,
  );
}
