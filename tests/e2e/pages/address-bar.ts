/**
 * The browser's address bar and its drop-down, as a user drives it: type, look at the rows, arrow down to one,
 * Enter. Only Firefox lets a test reach it (harness/firefox-browser-window.ts); Chromium has no such access.
 */

import type { FirefoxSession } from '../harness/firefox';
import { callInBrowserWindow, pressInBrowserWindow } from '../harness/firefox-browser-window';
import { waitUntil } from '../harness/wait';

export interface AddressBarRow {
  /** The row's visible title (for an extension's keyword: its suggestion's description). */
  title: string;
  /** The first row, what Enter opens when nothing is selected (the keyword's default suggestion). */
  heuristic: boolean;
  selected: boolean;
}

export interface AddressBar {
  /** Focuses the address bar, empties it and types `text` key by key. */
  type(text: string): Promise<void>;
  /** The drop-down's rows as shown now (none while it is closed). */
  rows(): Promise<AddressBarRow[]>;
  /** Waits until the rows satisfy `accept`, and returns them. */
  waitForRows(accept: (rows: AddressBarRow[]) => boolean, what: string): Promise<AddressBarRow[]>;
  /** Arrows down to the row titled `title` and presses Enter. */
  choose(title: string): Promise<void>;
  /** The addresses of the window's tabs. */
  tabUrls(): Promise<string[]>;
}

export function firefoxAddressBar(session: FirefoxSession): AddressBar {
  // Read at each call: a restart replaces the browser.
  const browser = () => session.puppeteerBrowser;

  const bar: AddressBar = {
    async type(text) {
      await callInBrowserWindow(
        browser(),
        () => {
          const { gURLBar } = globalThis as unknown as { gURLBar: { focus(): void; value: string } };
          gURLBar.focus();
          gURLBar.value = '';
          return null;
        },
        null,
      );
      await pressInBrowserWindow(browser(), [...text]);
    },

    rows: () =>
      callInBrowserWindow(
        browser(),
        () => {
          interface Row extends HTMLElement {
            result?: { heuristic: boolean };
          }
          const { gURLBar } = globalThis as unknown as { gURLBar: { view: { isOpen: boolean; panel: Element } } };
          if (!gURLBar.view.isOpen) return [];
          const rows = [...gURLBar.view.panel.querySelectorAll<Row>('.urlbarView-row')];
          return rows
            .filter((row) => !row.hidden && row.result)
            .map((row) => ({
              title: row.querySelector('.urlbarView-title')?.textContent ?? '',
              heuristic: Boolean(row.result?.heuristic),
              selected: row.hasAttribute('selected'),
            }));
        },
        null,
      ),

    async waitForRows(accept, what) {
      let last: AddressBarRow[] = [];
      await waitUntil(
        async () => {
          last = await bar.rows();
          return accept(last);
        },
        { intervalMs: 100, what: `address-bar rows: ${what}` },
      ).catch((error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        throw new Error(`${message} Last rows: ${JSON.stringify(last)}`, { cause: error });
      });
      return last;
    },

    async choose(title) {
      const rows = await bar.rows();
      const target = rows.findIndex((row) => row.title === title);
      if (target < 0) throw new Error(`No address-bar row titled "${title}" in ${JSON.stringify(rows)}`);
      const steps =
        target -
        Math.max(
          0,
          rows.findIndex((row) => row.selected),
        );
      await pressInBrowserWindow(browser(), Array(Math.abs(steps)).fill(steps > 0 ? 'ArrowDown' : 'ArrowUp'));
      const selected = (await bar.rows()).find((row) => row.selected);
      if (selected?.title !== title) throw new Error(`Arrowed to "${selected?.title}" instead of "${title}".`);
      await pressInBrowserWindow(browser(), ['Enter']);
    },

    tabUrls: () =>
      callInBrowserWindow(
        browser(),
        () => {
          type Tab = { linkedBrowser: { currentURI: { spec: string } } };
          const { gBrowser } = globalThis as unknown as { gBrowser: { tabs: Tab[] } };
          return gBrowser.tabs.map((tab) => tab.linkedBrowser.currentURI.spec);
        },
        null,
      ),
  };
  return bar;
}
