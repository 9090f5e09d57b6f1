/** The options page, opened as `options.html` in a tab. Selectors live here only; capabilities extend it. */
import type { ExtensionSession, ExtPage } from '../harness/session';

export const OPTIONS_SELECTORS = {
  root: '#app',
  /** One item per stored value repaired when read (components/options/StorageRepairsList.tsx). */
  storageRepairs: '[data-testid=storage-repairs] li',
} as const;

export class OptionsPage {
  private constructor(readonly page: ExtPage) {}

  static async open(session: ExtensionSession): Promise<OptionsPage> {
    return new OptionsPage(await session.openPage('options.html'));
  }

  /** Waits until the options page has rendered something. */
  async waitForContent(): Promise<void> {
    await this.page.waitForFunction(
      (css: string) => (document.querySelector(css)?.childElementCount ?? 0) > 0,
      OPTIONS_SELECTORS.root,
    );
  }

  /** Waits until the diagnostics list a repair of the stored value `key`, and returns the keys listed. */
  async waitForStorageRepair(key: string): Promise<string[]> {
    await this.page.waitForFunction(
      ({ css, wanted }: { css: string; wanted: string }) =>
        [...document.querySelectorAll(css)].some((item) => item.getAttribute('data-key') === wanted),
      { css: OPTIONS_SELECTORS.storageRepairs, wanted: key },
    );
    return this.page.evaluate(
      (css: string) => [...document.querySelectorAll(css)].map((item) => item.getAttribute('data-key') ?? ''),
      OPTIONS_SELECTORS.storageRepairs,
    );
  }

  close(): Promise<void> {
    return this.page.close();
  }
}
