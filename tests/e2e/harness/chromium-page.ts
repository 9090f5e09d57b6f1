/** ExtPage over a playwright page. */
import type { Page } from 'playwright-core';
import { runAxeIn } from './axe';
import { explainTimeout } from './page-diagnostics';
import { DEFAULT_WAIT_MS, type ExtPage, type PageFunction } from './session';

export function chromiumPage(page: Page): ExtPage {
  const adapter: ExtPage = {
    url: async () => page.url(),
    evaluate: <Result, Arg>(fn: PageFunction<Arg, Result>, arg?: Arg) =>
      page.evaluate(fn as unknown as (value: unknown) => unknown, arg) as Promise<Result>,
    evaluateSource: (source) => page.evaluate(source),
    async waitForFunction<Result, Arg>(
      fn: PageFunction<Arg, Result>,
      arg?: Arg,
      options: { timeoutMs?: number } = {},
    ): Promise<NonNullable<Result>> {
      const handle = await page
        .waitForFunction(fn as unknown as (value: unknown) => unknown, arg, {
          timeout: options.timeoutMs ?? DEFAULT_WAIT_MS,
          // Background tabs get no animation frames: poll on a timer instead.
          polling: 100,
        })
        .catch(async (error: unknown) => {
          throw await explainTimeout(adapter, error);
        });
      return (await handle.jsonValue()) as NonNullable<Result>;
    },
    click: (selector, options = {}) =>
      page.click(selector, { timeout: DEFAULT_WAIT_MS, modifiers: [...(options.modifiers ?? [])] }),
    type: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key),
    textContent: (selector) => page.evaluate((css) => document.querySelector(css)?.textContent ?? null, selector),
    async screenshot(path) {
      await page.screenshot({ path });
    },
    setViewport: (size) => page.setViewportSize(size),
    runAxe: () => runAxeIn(adapter),
    close: () => page.close(),
  };
  return adapter;
}
