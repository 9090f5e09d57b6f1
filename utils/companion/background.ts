/**
 * The companion in the background: remembers the web page the user was last on (tab addresses of
 * host-permitted pages are visible without the `tabs` permission), says on the toolbar button's title when
 * help exists for it, and answers the popup and the panel with that help.
 */
import { browser } from 'wxt/browser';
import type { SectionEntry } from '../config/schema';
import { effectiveConfigItem } from '../config/storage';
import { browserLanguage, browserTranslate } from '../i18n/browser-translator';
import { localize } from '../i18n/localized-text';
import type { HandleMessage } from '../messaging/handle';
import { type PageHelp, pageHelp } from './help-view';
import { applyPanelBehaviour, panelOnClickItem, startSidePanel } from './side-panel';

let lastWebPage: { tabId: number; url: string } | null = null;

const today = () => new Date().toISOString().slice(0, 10);
const isWebPage = (url: string | undefined): url is string => url !== undefined && /^https?:/i.test(url);

/** What the companion asks of the sections capability (injected by the background entrypoint). */
export interface CompanionFinders {
  /** The relocated section whose new page this is, or null. */
  sectionAt(url: string): Promise<SectionEntry | null>;
}

async function helpFor(url: string, finders: CompanionFinders): Promise<PageHelp | null> {
  const [config, indexed] = await Promise.all([effectiveConfigItem.getValue(), finders.sectionAt(url)]);
  return pageHelp(url, config, today(), indexed);
}

async function markButton(tabId: number, url: string, finders: CompanionFinders): Promise<void> {
  lastWebPage = { tabId, url };
  const help = await helpFor(url, finders);
  const title = help
    ? browserTranslate('companionActionTitle', localize(help.label, browserLanguage()))
    : browserTranslate('actionTitle');
  // The tab may have closed meanwhile: nothing to mark then.
  await browser.action.setTitle({ tabId, title }).catch(() => undefined);
}

async function activeWebPage(): Promise<string | null> {
  if (lastWebPage) return lastWebPage.url;
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return isWebPage(tab?.url) ? tab.url : null;
}

export function startCompanion(handleMessage: HandleMessage, finders: CompanionFinders): void {
  browser.tabs.onActivated.addListener(({ tabId }) => {
    void browser.tabs
      .get(tabId)
      .then((tab) => (isWebPage(tab.url) ? markButton(tabId, tab.url, finders) : undefined))
      .catch(() => undefined);
  });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (isWebPage(change.url) && tab.active) void markButton(tabId, change.url, finders);
  });
  handleMessage('getPageHelp', async () => {
    const url = await activeWebPage();
    return url ? helpFor(url, finders) : null;
  });
  handleMessage('setPanelOnClick', ({ enabled }) => applyPanelBehaviour(enabled));
  handleMessage('getPanelOnClick', () => panelOnClickItem.getValue());
  startSidePanel();
}
