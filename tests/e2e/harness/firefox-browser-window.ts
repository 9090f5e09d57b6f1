/**
 * Firefox's own browser window (browser.xhtml: the tab strip, the address bar), reached through WebDriver BiDi.
 * Verified on Firefox ESR 153 with the session's `--remote-allow-system-access`: `browsingContext.getTree` with
 * Mozilla's parameter `"moz:scope": "chrome"` lists the privileged windows, and `script.callFunction` runs in
 * them. `input.performActions` is refused there ("does not support browsing contexts in privileged (chrome)
 * scope"), so keys are pressed from inside the window with nsITextInputProcessor, the trusted keyboard path
 * Mozilla's own EventUtils uses: the address bar gets real keydown/keypress/input events.
 */
import type { Browser } from 'puppeteer-core';

const BROWSER_WINDOW_URL = 'chrome://browser/content/browser.xhtml';

interface RawBidi {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

/**
 * The BiDi connection under puppeteer-core. puppeteer has no public API for chrome-scope contexts; its BiDi
 * browser exposes the connection on an internal `connection` getter (puppeteer-core 24). The only place that
 * reaches under puppeteer: if an upgrade moves it, this fails with that message.
 */
function rawBidi(browser: Browser): RawBidi {
  const connection = (browser as unknown as { connection?: Partial<RawBidi> }).connection;
  if (typeof connection?.send !== 'function') {
    throw new Error('puppeteer-core no longer exposes its WebDriver BiDi connection as `browser.connection`.');
  }
  return connection as RawBidi;
}

async function browserWindowContext(bidi: RawBidi): Promise<string> {
  const { result } = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
  const { contexts } = result as { contexts: { context: string; url: string }[] };
  const window = contexts.find((candidate) => candidate.url === BROWSER_WINDOW_URL);
  if (!window) {
    const urls = contexts.map((candidate) => candidate.url).join(', ') || 'none';
    throw new Error(`No browser window among the privileged contexts (${urls}): is system access allowed?`);
  }
  return window.context;
}

type CallOutcome =
  | { type: 'success'; result: { type: string; value?: unknown } }
  | { type: 'exception'; exceptionDetails: { text: string } };

/**
 * Runs `fn(arg)` in the browser window, with its privileged globals (gURLBar, gBrowser, Cc, Ci). `fn` is
 * serialised: self-contained, no closure over test values. Argument and result cross as JSON.
 */
export async function callInBrowserWindow<Result, Arg = null>(
  browser: Browser,
  fn: (arg: Arg) => Result | Promise<Result>,
  arg: Arg,
): Promise<Result> {
  const bidi = rawBidi(browser);
  const context = await browserWindowContext(bidi);
  const { result } = await bidi.send('script.callFunction', {
    functionDeclaration: `async (json) => JSON.stringify((await (${fn.toString()})(JSON.parse(json))) ?? null)`,
    arguments: [{ type: 'string', value: JSON.stringify(arg ?? null) }],
    target: { context },
    awaitPromise: true,
  });
  const outcome = result as CallOutcome;
  if (outcome.type === 'exception') throw new Error(`In Firefox's browser window: ${outcome.exceptionDetails.text}`);
  return JSON.parse(String(outcome.result.value)) as Result;
}

/** One key as the browser window's keyboard sees it. */
export interface KeySpec {
  key: string;
  code: string;
  keyCode: number;
}

/**
 * Presses chords of keys in the window's focused element, with trusted events: the keys of a chord go down in
 * order and up in reverse (Alt+Shift+P), chord after chord.
 */
export function pressChordsInBrowserWindow(browser: Browser, chords: readonly (readonly KeySpec[])[]): Promise<null> {
  return callInBrowserWindow(
    browser,
    (keys: KeySpec[][]) => {
      interface Processor {
        beginInputTransactionForTests(window: object): boolean;
        keydown(event: KeyboardEvent): void;
        keyup(event: KeyboardEvent): void;
      }
      const scope = globalThis as unknown as {
        Cc: { '@mozilla.org/text-input-processor;1': { createInstance(iface: unknown): Processor } };
        Ci: { nsITextInputProcessor: unknown };
      };
      const processor = scope.Cc['@mozilla.org/text-input-processor;1'].createInstance(scope.Ci.nsITextInputProcessor);
      if (!processor.beginInputTransactionForTests(globalThis)) throw new Error('Keyboard input is busy.');
      for (const chord of keys) {
        const events = chord.map((spec) => new KeyboardEvent('', spec));
        for (const event of events) processor.keydown(event);
        for (const event of events.reverse()) processor.keyup(event);
      }
      return null;
    },
    chords.map((chord) => [...chord]),
  );
}

const NAMED_KEY_CODES: Record<string, number> = { Enter: 13, Escape: 27, ArrowUp: 38, ArrowDown: 40 };

/** Presses `keys` (characters, or "Enter", "ArrowDown", "ArrowUp", "Escape") one after another. */
export function pressInBrowserWindow(browser: Browser, keys: readonly string[]): Promise<null> {
  return pressChordsInBrowserWindow(
    browser,
    keys.map((key) => {
      const keyCode = NAMED_KEY_CODES[key] ?? 0;
      return [{ key, code: keyCode ? key : '', keyCode }];
    }),
  );
}
