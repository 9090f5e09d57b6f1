/**
 * A new tab opened at its address, as the browser opens a link in a new tab: CDP's Target.createTarget with the
 * URL. Playwright's `newPage()` first commits about:blank, in a renderer process of its own, then navigates: that
 * costs ~0.35 core-second and ~170 ms more per tab (1 Dec 2026, 2 cores): the Chromium project took 286 core-seconds
 * instead of 302.
 * Playwright still attaches to the tab before it loads (its auto-attach pauses new targets), so the context's
 * viewport, colour scheme and scripts apply as they do to its own pages.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
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

/** The playwright page of tab `targetId`: among the pages the context announces from the moment it was asked. */
function pageOfTarget(context: BrowserContext, announced: Page[], targetId: string): Promise<Page> {
  return new Promise<Page>((found, fail) => {
    const checked = new Set<Page>();
    const check = (page: Page) => {
      if (checked.has(page)) return;
      checked.add(page);
      targetIdOf(context, page).then(
        (id) => {
          if (id === targetId) done(page);
        },
        () => undefined,
      );
    };
    const stop = (outcome: () => void) => {
      clearTimeout(timer);
      context.off('page', check);
      context.off('close', closed);
      outcome();
    };
    const closed = () => stop(() => fail(new Error('The browser closed before the new tab was announced.')));
    const timer = setTimeout(
      () => stop(() => fail(new Error(`Playwright never announced the tab opened (target ${targetId}).`))),
      DEFAULT_WAIT_MS,
    );
    const done = (page: Page) => stop(() => found(page));
    context.on('page', check);
    context.on('close', closed);
    for (const page of [...announced, ...context.pages()]) check(page);
  });
}

/** Opens `url` in a new tab and waits for its load event, as `page.goto` does. */
export async function openTab(context: BrowserContext, url: string): Promise<Page> {
  const browser = context.browser();
  if (!browser) throw new Error('Chromium gave no browser for its persistent context.');
  const announced: Page[] = [];
  const heard = (page: Page) => announced.push(page);
  context.on('page', heard);
  let cdp: CDPSession | undefined;
  try {
    cdp = await browser.newBrowserCDPSession();
    const { targetId } = await cdp.send('Target.createTarget', { url });
    const page = await pageOfTarget(context, announced, targetId);
    await page.waitForLoadState('load');
    return page;
  } finally {
    context.off('page', heard);
    await cdp?.detach().catch(() => undefined);
  }
}
