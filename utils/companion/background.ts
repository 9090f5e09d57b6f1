/**
 * Wires the companion service to the browser: web pages shown in tabs (utils/tabs/web-page-commits.ts) mark the
 * toolbar button's title; the popup and the panel ask for the help (the active tab's address is visible without the
 * `tabs` permission on host-permitted pages); the side panel follows the employee's choice. Listeners are
 * registered synchronously.
 */
import { browser } from 'wxt/browser';
import { effectiveConfigItem } from '../config/storage';
import { browserLanguage, browserTranslate } from '../i18n/browser-translator';
import type { HandleMessage } from '../messaging/handle';
import { onWebPageCommitted } from '../tabs/web-page-commits';
import { type CompanionFinders, createCompanionService } from './service';
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
  onWebPageCommitted((tabId, url) => {
    service.onPageShown(tabId, url).catch(report);
  });
  handleMessage('getPageHelp', () => service.currentHelp());
  handleMessage('setPanelOnClick', ({ enabled }) => applyPanelBehaviour(enabled));
  handleMessage('getPanelOnClick', () => panelOnClickItem.getValue());
  startSidePanel();
}
