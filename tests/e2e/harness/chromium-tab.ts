/**
 * A new tab opened at its address, as the browser opens a link in a new tab: CDP's Target.createTarget with the
 * URL. Playwright's `newPage()` first commits about:blank, in a renderer process of its own, then navigates: that
 * costs ~0.35 core-second and ~170 ms more per tab (1 Dec 2026, 2 cores): the Chromium project took 286 core-seconds
 * instead of 302.
 * Playwright still attaches to the tab before it loads (its auto-attach pauses new targets), so the context's
 * viewport, colour scheme and scripts apply as they do to its own pages.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { DEFAULT_WAIT_MS } from './session';

async function targetIdOf(context: BrowserContext, page: Page): Promise<string> {
  const session = await context.newCDPSession(page);
  try {
    const { targetInfo } = await session.send('Target.getTargetInfo');
    return targetInfo.targetId;
  } finally {
    await session.detach().catch(() => undefined);
  }
}

/** The playwright page of tab `targetId`, among the pages that were not open before it was asked for. */
function pageOfTarget(context: BrowserContext, openBefore: ReadonlySet<Page>, targetId: string): Promise<Page> {
  return new Promise<Page>((found, fail) => {
    const checked = new Set<Page>(openBefore);
    const check = (page: Page) => {
      if (checked.has(page)) return;
      checked.add(page);
      targetIdOf(context, page).then(
        (id) => id === targetId && stop(() => found(page)),
        () => undefined,
      );
    };
    const closed = () => stop(() => fail(new Error('The browser closed before the new tab was announced.')));
    const timer = setTimeout(
      () => stop(() => fail(new Error(`Playwright never announced the tab opened (target ${targetId}).`))),
      DEFAULT_WAIT_MS,
    );
    function stop(outcome: () => void) {
      clearTimeout(timer);
      context.off('page', check);
      context.off('close', closed);
      outcome();
    }
    context.on('page', check);
    context.on('close', closed);
    // Announced before this listener: playwright lists it already.
    for (const page of context.pages()) check(page);
  });
}

/** Opens `url` in a new tab and waits for its load event, as `page.goto` does. */
export async function openTab(context: BrowserContext, url: string): Promise<Page> {
  const browser = context.browser();
  if (!browser) throw new Error('Chromium gave no browser for its persistent context.');
  const openBefore = new Set(context.pages());
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetId } = await cdp.send('Target.createTarget', { url });
    const page = await pageOfTarget(context, openBefore, targetId);
    await page.waitForLoadState('load');
    return page;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
