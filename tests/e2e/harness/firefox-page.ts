/** ExtPage over a puppeteer (WebDriver BiDi) page in Firefox. */
import type { Browser, KeyInput, Page } from 'puppeteer-core';
import { runAxeIn } from './axe';
import { explainTimeout } from './page-diagnostics';
import { DEFAULT_WAIT_MS, type ExtPage, type PageFunction } from './session';
import { waitUntil } from './wait';

export function firefoxPage(page: Page): ExtPage {
  const adapter: ExtPage = {
    // page.url() stays about:blank for moz-extension:// pages: ask the document.
    url: () => page.evaluate(() => location.href),
    evaluate: <Result, Arg>(fn: PageFunction<Arg, Result>, arg?: Arg) =>
      page.evaluate(fn as unknown as (value: unknown) => unknown, arg) as Promise<Result>,
    evaluateSource: (source) => page.evaluate(source),
    async waitForFunction<Result, Arg>(
      fn: PageFunction<Arg, Result>,
      arg?: Arg,
      options: { timeoutMs?: number } = {},
    ): Promise<NonNullable<Result>> {
      const handle = await page
        .waitForFunction(
          fn as unknown as (value: unknown) => unknown,
          { timeout: options.timeoutMs ?? DEFAULT_WAIT_MS, polling: 100 },
          arg,
        )
        .catch(async (error: unknown) => {
          throw await explainTimeout(adapter, error);
        });
      return (await handle.jsonValue()) as NonNullable<Result>;
    },
    async click(selector, options = {}) {
      await page.waitForSelector(selector, { timeout: DEFAULT_WAIT_MS });
      const held = options.modifiers ?? [];
      for (const key of held) await page.keyboard.down(key);
      try {
        await page.click(selector);
      } finally {
        for (const key of held) await page.keyboard.up(key);
      }
    },
    type: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key as KeyInput),
    textContent: (selector) => page.evaluate((css) => document.querySelector(css)?.textContent ?? null, selector),
    async screenshot(path) {
      await page.screenshot({ path: path as `${string}.png` });
    },
    setViewport: (size) => page.setViewport(size),
    runAxe: () => runAxeIn(adapter),
    close: () => page.close(),
  };
  return adapter;
}

/** A new tab of a puppeteer Firefox, at `url` once it has loaded (plain and managed sessions). */
export async function openFirefoxPage(browser: Browser, url: string): Promise<ExtPage> {
  const page = await browser.newPage();
  await navigate(page, url);
  return firefoxPage(page);
}

/**
 * Opens `url` in `page`. For moz-extension:// and about: pages (about:config) `goto` never resolves (no load event reaches BiDi), so the
 * navigation is started without waiting and the document itself is polled. Polled from Node rather than with
 * page.waitForFunction: the about:blank realm is destroyed mid-poll and Firefox then reports an error that
 * puppeteer does not retry.
 */
export async function navigate(page: Page, url: string): Promise<void> {
  if (!/^(moz-extension|about):/.test(url)) {
    await page.goto(url);
    return;
  }
  page.goto(url).catch(() => {});
  await waitUntil(
    () =>
      page
        .evaluate((target: string) => location.href === target && document.readyState !== 'loading', url)
        .catch(() => false),
    { timeoutMs: DEFAULT_WAIT_MS, what: `${url} to load` },
  );
}
