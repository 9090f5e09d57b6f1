/** The options page, opened as `options.html` in a tab. Selectors live here only; capabilities extend it. */
import type { ExtensionSession, ExtPage } from '../harness/session';

export const OPTIONS_SELECTORS = {
  root: '#app',
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

  close(): Promise<void> {
    return this.page.close();
  }
}
