/**
 * Web pages shown in a tab, for the capabilities that follow them (a news item read on the ESN, the help of the
 * tool on screen). Navigation events with URL filters, not `tabs.onUpdated` and `onActivated`: those fire for
 * every tab switch, load step and title change on any site, and each one started the background (a popup opened
 * while it starts is slowed: tests/bench/README.md). Registered synchronously, so that the event that wakes the
 * background reaches it.
 */
import { browser } from 'wxt/browser';
import { webPageFilters } from './web-page-filters';

/** A page the extension may see now shows in the main frame of tab `tabId` (loaded, or its address changed). */
type WebPageListener = (tabId: number, url: string) => void;

export function onWebPageCommitted(listener: WebPageListener): void {
  const filters = webPageFilters(browser.runtime.getManifest().host_permissions ?? []);
  // No web page to see (a build with no http or https host): nothing to follow.
  if (filters.length === 0) return;
  const filter = { url: filters };
  const mainFrame = ({ tabId, frameId, url }: { tabId: number; frameId: number; url: string }) => {
    if (frameId === 0) listener(tabId, url);
  };
  // A page loaded, and the address changes of a page that stays (a single-page ESN, a #fragment).
  browser.webNavigation.onCommitted.addListener(mainFrame, filter);
  browser.webNavigation.onHistoryStateUpdated.addListener(mainFrame, filter);
  browser.webNavigation.onReferenceFragmentUpdated.addListener(mainFrame, filter);
}
