import { type Browser, browser } from 'wxt/browser';

/**
 * Whether the extension's background is not running now (Chrome 116+, Firefox 128+: `runtime.getContexts` lists
 * only running contexts). A browser that cannot tell counts as awake: the page then sends as it always did.
 */
export async function backgroundAsleep(): Promise<boolean> {
  if (typeof browser.runtime.getContexts !== 'function') return false;
  const background = 'BACKGROUND' as Browser.runtime.ContextType;
  const running = await browser.runtime.getContexts({ contextTypes: [background] });
  return running.length === 0;
}
