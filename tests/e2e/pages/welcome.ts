/** The first-run page (`welcome.html`): the steps, the pinning advice and the usage charter. */
import type { ExtensionSession, ExtPage } from '../harness/session';

export const WELCOME_SELECTORS = {
  main: 'main.welcome',
  pin: '[data-testid=pin]',
  charter: '[data-testid=charter]',
  charterLink: '[data-testid=charter] a',
  accept: '[data-testid=charter] button',
  accepted: '[data-testid=charter-accepted]',
} as const;

export class WelcomePage {
  private constructor(readonly page: ExtPage) {}

  static async open(session: ExtensionSession): Promise<WelcomePage> {
    const welcome = new WelcomePage(await session.openPage('welcome.html'));
    await welcome.page.waitForFunction((css: string) => document.querySelector(css) !== null, WELCOME_SELECTORS.main);
    return welcome;
  }

  /** Waits until the charter section shows, and returns the charter's address. */
  async waitForCharter(): Promise<string> {
    return this.page.waitForFunction(
      (css: string) => document.querySelector(css)?.getAttribute('href'),
      WELCOME_SELECTORS.charterLink,
    );
  }

  pinAdvice(): Promise<string | null> {
    return this.page.evaluate(
      (css: string) => document.querySelector(css)?.getAttribute('data-advice') ?? null,
      WELCOME_SELECTORS.pin,
    );
  }

  /** Accepts the charter with the keyboard (focus the button, press Enter) and waits for the confirmation. */
  async acceptCharter(): Promise<string> {
    await this.page.evaluate(
      (css: string) => (document.querySelector(css) as HTMLElement | null)?.focus(),
      WELCOME_SELECTORS.accept,
    );
    await this.page.press('Enter');
    return this.page.waitForFunction(
      (css: string) => document.querySelector(css)?.textContent,
      WELCOME_SELECTORS.accepted,
    );
  }

  close(): Promise<void> {
    return this.page.close();
  }
}

/**
 * The addresses of the extension's pages open in tabs, as the extension itself sees them (extension.getViews):
 * how a test sees the tab the install opened without a handle on it.
 */
export function openExtensionTabs(session: ExtensionSession): Promise<string[]> {
  return session.evaluateInExtension(() => {
    type Api = { extension: { getViews(filter: { type: string }): Window[] } };
    const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
    return ((scope.browser ?? scope.chrome)?.extension.getViews({ type: 'tab' }) ?? []).map(
      (view) => view.location.href,
    );
  });
}

/** Whether the welcome page the install opened shows the charter `charterUrl`. */
export function installTabShowsCharter(session: ExtensionSession, charterUrl: string): Promise<boolean> {
  return session.evaluateInExtension((url: string) => {
    type Api = { extension: { getViews(filter: { type: string }): Window[] } };
    const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
    const views = (scope.browser ?? scope.chrome)?.extension.getViews({ type: 'tab' }) ?? [];
    const welcome = views.find((view) => view.location.href.includes('welcome.html?install=1'));
    return welcome?.document.querySelector('[data-testid=charter] a')?.getAttribute('href') === url;
  }, charterUrl);
}
