/**
 * The guidance page (`moved.html`) the relocation rules open instead of an old intranet address, and the
 * navigation that leads there: a web page following a link to an old address (an old e-mail, a bookmark).
 */
import type { ExtPage } from '../harness/session';

export const MOVED_SELECTORS = {
  title: '[data-testid=moved-title]',
  link: '[data-testid=moved-link]',
  countdown: '[data-testid=moved-countdown]',
  cancel: '[data-testid=moved-cancel]',
  noResultLinks: '[data-testid=sections-no-results] a',
  search: '[data-testid=moved-search]',
  results: '[data-testid=moved-results] button',
} as const;

export class MovedPage {
  constructor(readonly page: ExtPage) {}

  /** Follows a link to `url` from the page's current document (as a click in an old e-mail would). */
  async follow(url: string): Promise<void> {
    await this.page.evaluate((target: string) => {
      location.href = target;
    }, url);
  }

  /** Waits until the guidance page shows its title, and returns it with the page's query. */
  async waitForGuidance(): Promise<{ title: string; search: string }> {
    return this.page.waitForFunction((css: string) => {
      const title = location.pathname === '/moved.html' ? document.querySelector(css)?.textContent : null;
      return title ? { title, search: location.search } : null;
    }, MOVED_SELECTORS.title);
  }

  /** Waits until the tab shows `url` (the new address the guidance page continues to). */
  async waitForLocation(url: string): Promise<void> {
    await this.page.waitForFunction((target: string) => location.href === target, url);
  }

  /** Waits until the search of an unknown section has found sections, and returns its words and their titles. */
  async waitForResults(): Promise<{ query: string; titles: string[] }> {
    return this.page.waitForFunction(
      ({ search, results }: { search: string; results: string }) => {
        const titles = [...document.querySelectorAll(results)].map((button) => button.textContent ?? '');
        const query = document.querySelector<HTMLInputElement>(search)?.value ?? '';
        return titles.length > 0 ? { query, titles } : null;
      },
      { search: MOVED_SELECTORS.search, results: MOVED_SELECTORS.results },
    );
  }

  /** Waits until the search of an unknown section has found nothing, and returns the help links offered. */
  async waitForNoResultLinks(): Promise<string[]> {
    return this.page.waitForFunction((css: string) => {
      const links = [...document.querySelectorAll<HTMLAnchorElement>(css)].map((link) => link.href);
      return links.length > 0 ? links : null;
    }, MOVED_SELECTORS.noResultLinks);
  }

  newLink(): Promise<string | null> {
    return this.page.evaluate(
      (css: string) => document.querySelector(css)?.getAttribute('href') ?? null,
      MOVED_SELECTORS.link,
    );
  }
}
