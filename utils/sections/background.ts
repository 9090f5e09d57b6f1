/**
 * Wires the sections service to the browser: refreshes the index when the configuration changes, on an alarm, at
 * browser start and install, and on demand (message); answers the popup's search and opens a section's new address.
 * Listeners are registered synchronously.
 */

import { browser } from 'wxt/browser';
import { alreadyLogged } from '../async/serial-queue';
import { effectiveConfigItem } from '../config/storage';
import { browserLanguage, browserTranslate } from '../i18n/browser-translator';
import { recordIndicator } from '../indicators/record';
import type { HandleMessage } from '../messaging/handle';
import { publishSlice, readPublishedSnapshot } from '../snapshot/publish';
import { openWithDisposition } from '../tabs/open-tab';
import { applyGuidanceRules } from './apply-rules';
import { loadStoredSections } from './loaded-sections';
import { createSectionsService, type SectionsService } from './service';
import { openSectionsDb } from './store';

const SECTIONS_ALARM = 'passerelle-sections-refresh';

async function scheduleRefresh(intervalMinutes: number): Promise<void> {
  const existing = await browser.alarms.get(SECTIONS_ALARM);
  if (existing?.periodInMinutes === intervalMinutes) return;
  browser.alarms.create(SECTIONS_ALARM, { periodInMinutes: intervalMinutes, delayInMinutes: intervalMinutes });
}

/** Starts the capability; answers its service for the capabilities handed its finders (the address bar). */
export function startSections(handleMessage: HandleMessage): SectionsService {
  const service = createSectionsService({
    config: () => effectiveConfigItem.getValue(),
    publishedSlice: async () => (await readPublishedSnapshot()).sections,
    db: () => openSectionsDb(),
    now: () => Date.now(),
    applyRules: applyGuidanceRules,
    // A service worker has no document and its thread to itself: it loads at once; Firefox's background page
    // shares its thread with the popup: it loads in slices.
    loadSections: () => loadStoredSections(undefined, { inSlices: typeof document !== 'undefined' }),
    publish: (slice) => publishSlice('sections', slice),
    scheduleRefresh,
    openUrl: openWithDisposition,
    record: (event) => recordIndicator(event),
    t: browserTranslate,
    language: browserLanguage,
  });
  const refresh = () => service.refresh().catch(alreadyLogged);

  effectiveConfigItem.watch((next, previous) => {
    service.onConfigChange(next, previous).catch(alreadyLogged);
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SECTIONS_ALARM) refresh();
  });
  handleMessage('refreshSections', () => service.refresh());
  handleMessage('openSection', ({ sectionId, disposition, from }) => service.openSection(sectionId, disposition, from));
  handleMessage('findSections', ({ query, limit }) => service.find(query, limit));
  handleMessage('prepareSectionsSearch', () => service.prepare());
  browser.runtime.onStartup.addListener(refresh);
  browser.runtime.onInstalled.addListener(refresh);
  return service;
}
