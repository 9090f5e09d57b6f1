/**
 * Open-to-content time of a page in real Chromium: from the navigation start of a new tab to the first time
 * `selector` exists in the DOM, read in the page as performance.now() (its origin is the navigation start).
 */
import type { BrowserContext } from 'playwright-core';

/**
 * Alternating openings per page in the popup benches. On 2 busy cores one opening of the same page varies by ±25%
 * run to run; at 15 a row's median ratio moved by up to 0.2× between two benches of the same build (1.23–1.43×).
 */
export const OPENINGS_PER_PAGE = 25;

/** Installed before any of the page's scripts: notes when the content first appears. */
function markerScript(selector: string): string {
  return `(() => {
    const found = () => document.querySelector(${JSON.stringify(selector)}) !== null;
    const note = () => { if (globalThis.__benchContentAt === undefined && found()) globalThis.__benchContentAt = performance.now(); };
    const observer = new MutationObserver(() => { note(); if (globalThis.__benchContentAt !== undefined) observer.disconnect(); });
    observer.observe(document, { childList: true, subtree: true });
  })();`;
}

/** `beforeScripts`: a script run in the page before its own (e.g. to clear what it kept from the last visit). */
export async function openToContent(
  context: BrowserContext,
  url: string,
  selector: string,
  beforeScripts?: string,
): Promise<number> {
  const page = await context.newPage();
  try {
    if (beforeScripts) await page.addInitScript(beforeScripts);
    await page.addInitScript(markerScript(selector));
    await page.goto(url);
    const handle = await page.waitForFunction(
      () => (globalThis as unknown as { __benchContentAt?: number }).__benchContentAt,
      undefined,
      { timeout: 20_000, polling: 50 },
    );
    return (await handle.jsonValue()) as number;
  } finally {
    await page.close();
  }
}
