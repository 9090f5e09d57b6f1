/**
 * Wires the companion service to the browser: tab activations and address changes (tab addresses of
 * host-permitted pages are visible without the `tabs` permission) mark the toolbar button's title; the popup and
 * the panel ask for the help; the side panel follows the employee's choice. Listeners are registered synchronously.
 */
import { browser } from 'wxt/browser';
import { effectiveConfigItem } from '../config/storage';
import { browserLanguage, browserTranslate } from '../i18n/browser-translator';
import type { HandleMessage } from '../messaging/handle';
import { type CompanionFinders, createCompanionService, isWebPage } from './service';
import { applyPanelBehaviour, panelOnClickItem, startSidePanel } from './side-panel';

export function startCompanion(handleMessage: HandleMessage, finders: CompanionFinders): void {
  const service = createCompanionService({
    sectionAt: (url) => finders.sectionAt(url),
    config: () => effectiveConfigItem.getValue(),
    activeTabUrl: async () => (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.url,
    // The tab may have closed meanwhile: nothing to mark then.
    setButtonTitle: (tabId, title) => browser.action.setTitle({ tabId, title }).catch(() => undefined),
    today: () => new Date().toISOString().slice(0, 10),
    t: browserTranslate,
    language: browserLanguage,
  });

  const report = (error: unknown) => console.error('Passerelle: companion', error);
  browser.tabs.onActivated.addListener(({ tabId }) => {
    void browser.tabs
      .get(tabId)
      // The tab may have closed already: nothing to mark then.
      .then(
        (tab) => (isWebPage(tab.url) ? service.onPageShown(tabId, tab.url).catch(report) : undefined),
        () => undefined,
      );
  });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (isWebPage(change.url) && tab.active) service.onPageShown(tabId, change.url).catch(report);
  });
  handleMessage('getPageHelp', () => service.currentHelp());
  handleMessage('setPanelOnClick', ({ enabled }) => applyPanelBehaviour(enabled));
  handleMessage('getPanelOnClick', () => panelOnClickItem.getValue());
  startSidePanel();
}
