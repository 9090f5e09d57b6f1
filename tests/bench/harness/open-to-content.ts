/**
 * Open-to-content time of a page in real Chromium: from the navigation start of a new tab to the first time
 * `selector` exists in the DOM, noted by the page itself (page-marks.ts).
 */
import type { BrowserContext } from 'playwright-core';
import { markWhen, readMarks } from './page-marks';

/**
 * Alternating openings per page in the popup benches. On 2 busy cores one opening of the same page varies by ±25%
 * run to run; at 15 a row's median ratio moved by up to 0.2× between two benches of the same build (1.23–1.43×).
 */
export const OPENINGS_PER_PAGE = 25;

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
    await page.addInitScript(markWhen({ content: `document.querySelector(${JSON.stringify(selector)}) !== null` }));
    const marks = readMarks(page);
    await page.goto(url);
    return await marks.at('content');
  } finally {
    await page.close();
  }
}
