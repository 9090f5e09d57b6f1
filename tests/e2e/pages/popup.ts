/**
 * The toolbar popup, opened as `popup.html` in a tab (the real popup gives no page handle). Selectors live
 * here only; capabilities extend this page object with their own panels.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../harness/paths';
import type { ClickModifier, ExtensionSession, ExtPage } from '../harness/session';

/** A message of the extension's catalogue, as the popup shows it in `language`. */
function catalogMessage(language: string, key: string): string {
  const locale = language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
  const catalog = JSON.parse(
    readFileSync(join(REPO_ROOT, `public/_locales/${locale}/messages.json`), 'utf8'),
  ) as Record<string, { message: string } | undefined>;
  return catalog[key]?.message ?? key;
}

export const POPUP_SELECTORS = {
  tools: '[data-testid=tools]',
  /** One option per tool (the group labels are presentation items). */
  toolItems: '[data-testid=tools] [role=option]',
  toolLabel: '.launcher__label',
  main: 'main',
  /** The message a page shows when it failed to paint twice (components/common/PageBoundary.tsx). */
  pageFailed: '[data-testid=page-failed]',
  searchBox: '.search-box',
  firstSearchResult: '[data-testid=tools][data-mode=search] [role=option]',
  toolGroups: '[data-testid=tools] [role=group]',
  organise: '[data-testid=launcher-manage]',
  organiseDone: '[data-testid=launcher-manage-done]',
  manageTools: '[data-testid=manage-tools]',
  manageHidden: '[data-testid=manage-hidden]',
  focusExistingTab: '[data-testid=focus-existing-tab]',
  /** The user's own links: options of the launcher, rows and form of the organising view. */
  personalLinkItems: '[data-testid=tools] [role=option][data-result-kind=link]',
  manageLinkRows: '[data-testid=manage-links] li',
  addLinkName: '[data-testid=add-link] input[name=label]',
  addLinkError: '[data-testid=add-link] #link-error',
  newsItems: '[data-testid=news] .news__item',
  newsStatus: '[data-testid=news-status]',
  newsList: '[data-testid=news] .news__list',
  firstUnreadNews: '[data-testid=news] .news__item--unread',
  /** The ESN's logo in the header (esn.logoUrl). */
  logo: '.popup__logo',
  /** The help-and-settings menu of the header (a disclosure). */
  menu: '[data-testid=help-footer] > summary',
} as const;

export class PopupPage {
  private constructor(readonly page: ExtPage) {}

  static async open(session: ExtensionSession): Promise<PopupPage> {
    return new PopupPage(await session.openPage('popup.html'));
  }

  /** Waits until the launcher lists at least `minimum` tools. */
  async waitForTools(minimum = 1): Promise<void> {
    await this.page.waitForFunction(
      ({ css, count }: { css: string; count: number }) => document.querySelectorAll(css).length >= count,
      { css: POPUP_SELECTORS.toolItems, count: minimum },
    );
  }

  /** The label of each tool, in the order shown. */
  toolLabels(): Promise<string[]> {
    return this.page.evaluate(
      ({ items, label }: { items: string; label: string }) =>
        [...document.querySelectorAll(items)].map((item) => (item.querySelector(label)?.textContent ?? '').trim()),
      { items: POPUP_SELECTORS.toolItems, label: POPUP_SELECTORS.toolLabel },
    );
  }

  async toolCount(): Promise<number> {
    return this.page.evaluate((css: string) => document.querySelectorAll(css).length, POPUP_SELECTORS.toolItems);
  }

  /** Whether the popup tells the user that Passerelle is not configured yet. */
  async isNotConfigured(): Promise<boolean> {
    const expected = catalogMessage(await this.language(), 'notConfigured');
    return ((await this.mainText()) ?? '').includes(expected);
  }

  /** The language the popup rendered in (`<html lang>`). */
  language(): Promise<string> {
    return this.page.evaluate(() => document.documentElement.lang);
  }

  /** Waits until the popup has painted its first view (past the loading state). */
  async waitForContent(): Promise<void> {
    await this.page.waitForFunction((css: string) => document.querySelector(css) !== null, POPUP_SELECTORS.main);
  }

  /** Whether the popup gave up painting and shows its failure message. */
  async showsFailure(): Promise<boolean> {
    return this.page.evaluate((css: string) => document.querySelector(css) !== null, POPUP_SELECTORS.pageFailed);
  }

  mainText(): Promise<string | null> {
    return this.page.textContent(POPUP_SELECTORS.main);
  }

  // --- Launcher (issue 4) ---

  /** Types a query into the one search box (focused when the popup opens). */
  async search(text: string): Promise<void> {
    await this.page.click(POPUP_SELECTORS.searchBox);
    await this.page.type(text);
  }

  /** Waits until the first option is the tool `toolId` (the search library loads on the first key). */
  async waitForFirstResult(toolId: string): Promise<void> {
    await this.page.waitForFunction(
      ({ css, id }: { css: string; id: string }) => document.querySelector(css)?.getAttribute('data-result-id') === id,
      { css: POPUP_SELECTORS.firstSearchResult, id: toolId },
    );
  }

  /** The tool ids of each group of the listbox, keyed by the group's label, in order. */
  toolGroups(): Promise<{ label: string; ids: string[] }[]> {
    return this.page.evaluate(
      (css: string) =>
        [...document.querySelectorAll(css)].map((group) => ({
          label: (group.querySelector('[role=presentation]')?.textContent ?? '').trim(),
          ids: [...group.querySelectorAll('[role=option]')].map(
            (option) => option.getAttribute('data-result-id') ?? '',
          ),
        })),
      POPUP_SELECTORS.toolGroups,
    );
  }

  async openOrganise(): Promise<void> {
    await this.page.click(POPUP_SELECTORS.organise);
    await this.page.waitForFunction((css: string) => document.querySelector(css) !== null, POPUP_SELECTORS.manageTools);
  }

  async closeOrganise(): Promise<void> {
    await this.page.click(POPUP_SELECTORS.organiseDone);
    await this.waitForTools();
  }

  /** Ticks "focus a tab of the tool that is already open" in the organise view. */
  async turnOnFocusExistingTab(): Promise<void> {
    await this.page.click(POPUP_SELECTORS.focusExistingTab);
    await this.page.waitForFunction(
      (css: string) => (document.querySelector(css) as HTMLInputElement | null)?.checked === true,
      POPUP_SELECTORS.focusExistingTab,
    );
  }

  /** Clicks an organising action of a tool (`pin`, `hide`, `show`) and waits until the background applied it. */
  async toolAction(toolId: string, action: 'pin' | 'hide' | 'show'): Promise<void> {
    const list = action === 'show' ? POPUP_SELECTORS.manageHidden : POPUP_SELECTORS.manageTools;
    const selector = `${list} [data-tool-id="${toolId}"] [data-action="${action}"]`;
    await this.page.click(selector);
    await this.page.waitForFunction(
      ({ css, pressed }: { css: string; pressed: boolean }) =>
        pressed
          ? document.querySelector(css)?.getAttribute('aria-pressed') === 'true'
          : document.querySelector(css) === null,
      { css: selector, pressed: action === 'pin' },
    );
  }

  /** Whether the organising view offers to hide this tool. */
  canHide(toolId: string): Promise<boolean> {
    return this.page.evaluate(
      (css: string) => document.querySelector(css) !== null,
      `${POPUP_SELECTORS.manageTools} [data-tool-id="${toolId}"] [data-action="hide"]`,
    );
  }

  /** Waits until the launcher lists `count` personal links, and returns their labels in order. */
  async waitForPersonalLinks(count: number): Promise<string[]> {
    await this.page.waitForFunction(
      ({ css, expected }: { css: string; expected: number }) => document.querySelectorAll(css).length === expected,
      { css: POPUP_SELECTORS.personalLinkItems, expected: count },
    );
    return this.page.evaluate(
      ({ items, label }: { items: string; label: string }) =>
        [...document.querySelectorAll(items)].map((item) => (item.querySelector(label)?.textContent ?? '').trim()),
      { items: POPUP_SELECTORS.personalLinkItems, label: POPUP_SELECTORS.toolLabel },
    );
  }

  /** Opens the first personal link with a plain click (a new tab). */
  async openFirstPersonalLink(): Promise<void> {
    await this.page.click(POPUP_SELECTORS.personalLinkItems);
  }

  /** Fills the add-a-link form of the organising view from the keyboard (Tab, then Enter submits). */
  private async submitPersonalLink(label: string, url: string): Promise<void> {
    await this.page.click(POPUP_SELECTORS.addLinkName);
    await this.page.type(label);
    await this.page.press('Tab');
    await this.page.type(url);
    await this.page.press('Enter');
  }

  /** Adds a personal link in the organising view and waits until it is listed there. */
  async addPersonalLink(label: string, url: string): Promise<void> {
    await this.submitPersonalLink(label, url);
    await this.page.waitForFunction(
      ({ css, text }: { css: string; text: string }) =>
        [...document.querySelectorAll(css)].some((row) => row.textContent?.includes(text)),
      { css: POPUP_SELECTORS.manageLinkRows, text: label },
    );
  }

  /** Submits a link the background should refuse, and returns the error the form shows. */
  async refusedPersonalLink(label: string, url: string): Promise<string> {
    await this.submitPersonalLink(label, url);
    return this.page.waitForFunction(
      (css: string) => document.querySelector(css)?.textContent?.trim() || null,
      POPUP_SELECTORS.addLinkError,
    );
  }

  // --- News (issue 5) ---

  /** Waits until the news list shows at least `minimum` items. */
  async waitForNews(minimum = 1): Promise<void> {
    await this.page.waitForFunction(
      ({ css, count }: { css: string; count: number }) => document.querySelectorAll(css).length >= count,
      { css: POPUP_SELECTORS.newsItems, count: minimum },
    );
  }

  /** Waits until the header's ESN logo has loaded (a real image, not a broken one). */
  async waitForLogo(): Promise<void> {
    await this.page.waitForFunction((css: string) => {
      const logo = document.querySelector(css);
      return logo instanceof HTMLImageElement && logo.complete && logo.naturalWidth > 0;
    }, POPUP_SELECTORS.logo);
  }

  /** Each news item as shown: its key, title text and whether it is marked unread. */
  newsItems(): Promise<{ key: string; title: string; unread: boolean }[]> {
    return this.page.evaluate(
      (css: string) =>
        [...document.querySelectorAll(css)].map((item) => ({
          key: item.querySelector('[data-key]')?.getAttribute('data-key') ?? '',
          title: (item.querySelector('.news__item-title')?.textContent ?? '').trim(),
          unread: item.classList.contains('news__item--unread'),
        })),
      POPUP_SELECTORS.newsItems,
    );
  }

  /**
   * Opens the news item `key` (the background opens its page and marks it read): in a new tab in front, or with
   * Control held in a background tab, as a link would.
   */
  async openNewsItem(key: string, modifiers: readonly ClickModifier[] = []): Promise<void> {
    await this.page.click(`${POPUP_SELECTORS.newsItems} [data-key="${key}"]`, { modifiers });
  }

  /** Whether anything in the popup is wider than the popup: the page's and the widest news title's widths. */
  newsWidths(): Promise<{ page: number; viewport: number; widestTitle: number; list: number }> {
    return this.page.evaluate(
      ({ items, list }: { items: string; list: string }) => ({
        page: document.documentElement.scrollWidth,
        viewport: document.documentElement.clientWidth,
        widestTitle: Math.max(
          0,
          ...[...document.querySelectorAll(`${items} .news__item-title`)].map(
            (title) => title.getBoundingClientRect().width,
          ),
        ),
        list: document.querySelector(list)?.getBoundingClientRect().width ?? 0,
      }),
      { items: POPUP_SELECTORS.newsItems, list: POPUP_SELECTORS.newsList },
    );
  }

  /** The status the news panel shows (ok, signedOut, failing, stale, never). */
  newsStatus(): Promise<string | null> {
    return this.page.evaluate(
      (css: string) => document.querySelector(css)?.getAttribute('data-status') ?? null,
      POPUP_SELECTORS.newsStatus,
    );
  }

  close(): Promise<void> {
    return this.page.close();
  }
}
