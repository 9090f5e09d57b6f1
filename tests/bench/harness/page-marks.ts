/**
 * Times a page notes about itself, read without touching the page: a script installed before the page's own calls
 * `console.debug` with a mark's name and `performance.now()` (its origin is the navigation start), and the bench
 * reads the console. Until 2026-11-30 the bench polled a global with page.waitForFunction, which injects
 * Playwright's utility script into the page and runs a poll there every 50 ms: on the popup those landed while it
 * was still loading (after its load event, before the first section result), and slowed what was measured.
 */
import type { Page } from 'playwright-core';

const MARK = '__benchMark';

/** The page-side statement that notes mark `name` now. */
export function noteMark(name: string): string {
  return `console.debug(${JSON.stringify(MARK)}, ${JSON.stringify(name)}, performance.now())`;
}

/**
 * A script to install before the page's own: notes each mark the first time its condition (a JS expression, read
 * at every DOM change) holds, in the order given (a mark waits for the ones before it).
 */
export function markWhen(conditions: Record<string, string>): string {
  const checks = Object.entries(conditions)
    .map(([name, condition]) => `() => { if (!(${condition})) return false; ${noteMark(name)}; return true; }`)
    .join(',\n      ');
  return `(() => {
    const checks = [
      ${checks}
    ];
    let next = 0;
    const observer = new MutationObserver(() => {
      while (next < checks.length && checks[next]()) next += 1;
      if (next === checks.length) observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  })();`;
}

export interface PageMarks {
  /** The time of mark `name`, once the page has noted it. */
  at(name: string): Promise<number>;
}

/** Call before the page navigates: marks noted earlier are not seen. */
export function readMarks(page: Page, timeoutMs = 20_000): PageMarks {
  const noted = new Map<string, number>();
  const waiting = new Map<string, (time: number) => void>();
  page.on('console', (message) => {
    const [mark, name, time] = message.text().split(' ');
    if (mark !== MARK || name === undefined || noted.has(name)) return;
    noted.set(name, Number(time));
    waiting.get(name)?.(Number(time));
  });
  return {
    at: (name) => {
      const time = noted.get(name);
      if (time !== undefined) return Promise.resolve(time);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${page.url()} never noted "${name}"`)), timeoutMs);
        waiting.set(name, (at) => {
          clearTimeout(timer);
          resolve(at);
        });
      });
    },
  };
}
