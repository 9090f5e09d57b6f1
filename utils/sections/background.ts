/**
 * The sections capability in the background: refreshes the index when the configuration changes, on an alarm
 * and on demand (message), publishes the `sections` slice, keeps the guidance rules in step with the index and
 * the feature flag, and opens a section's new address.
 */

import { browser } from 'wxt/browser';
import { alreadyLogged, createSerialQueue } from '../async/serial-queue';
import type { EffectiveConfig } from '../config/effective';
import { effectiveConfigItem } from '../config/storage';
import { urlRefusal } from '../config/url-policy';
import { browserLanguage, browserTranslate } from '../i18n/browser-translator';
import { recordIndicator } from '../indicators/record';
import type { EntryPoint } from '../indicators/vocabulary';
import type { HandleMessage } from '../messaging/handle';
import type { SearchResult } from '../search/source';
import { publishSlice, readPublishedSnapshot } from '../snapshot/publish';
import type { LaunchDisposition } from '../tabs/disposition';
import { openWithDisposition } from '../tabs/open-tab';
import { applyGuidanceRules } from './apply-rules';
import { createSectionsCache, findSections, type LoadedSections, loadStoredSections } from './loaded-sections';
import { refreshSectionsIndex } from './refresh';
import { toSectionResult } from './section-result';
import { loadEntry, openSectionsDb } from './store';

export const SECTIONS_ALARM = 'passerelle-sections-refresh';

/**
 * The stored index, loaded on first use and kept while the background lives (the popup's queries, the address
 * bar). A service worker has no document and its thread to itself: it loads at once; Firefox's background page
 * shares its thread with the popup: it loads in slices.
 */
const sections = createSectionsCache(() =>
  loadStoredSections(undefined, { inSlices: typeof document !== 'undefined' }),
);

export function currentSections(): Promise<LoadedSections | null> {
  return sections.get();
}

const queue = createSerialQueue('sections');

/** Refreshes the index and publishes its slice again (at start, when the stored slice had to be emptied). */
export function refreshSections(): Promise<{ state: string; detail?: string }> {
  return refresh();
}

/** One refresh at a time: a config change during a fetch waits for it, then runs with the new settings. */
function refresh(): Promise<{ state: string; detail?: string }> {
  return queue.run('refresh the index', async () => {
    const [config, snapshot, db] = await Promise.all([
      effectiveConfigItem.getValue(),
      readPublishedSnapshot(),
      openSectionsDb(),
    ]);
    const slice = await refreshSectionsIndex({
      db,
      config,
      previous: snapshot.sections,
      now: Date.now,
      applyRules: applyGuidanceRules,
    });
    db.close();
    if (slice.builtAt !== snapshot.sections.builtAt) sections.forget();
    await publishSlice('sections', slice);
    await schedule(config.pollingIntervalMinutes);
    return { state: slice.sync.state, ...(slice.sync.detail && { detail: slice.sync.detail }) };
  });
}

async function schedule(intervalMinutes: number): Promise<void> {
  const existing = await browser.alarms.get(SECTIONS_ALARM);
  if (existing?.periodInMinutes === intervalMinutes) return;
  browser.alarms.create(SECTIONS_ALARM, { periodInMinutes: intervalMinutes, delayInMinutes: intervalMinutes });
}

/** The parts of the configuration the index and the rules depend on. */
function relevant(config: EffectiveConfig): string {
  return JSON.stringify([config.sections, config.features.relocationGuidance, config.allowedInsecureOrigins]);
}

/** Opens a section at its new address (popup Enter, address-bar keyword), after the address check. */
export async function openSection(sectionId: string, disposition: LaunchDisposition, from?: EntryPoint): Promise<void> {
  const [db, config] = await Promise.all([openSectionsDb(), effectiveConfigItem.getValue()]);
  const entry = await loadEntry(db, sectionId);
  db.close();
  if (!entry) throw new Error(`Unknown section "${sectionId}"`);
  const refusal = urlRefusal(entry.newUrl, config.allowedInsecureOrigins);
  if (refusal) throw new Error(`The address of "${sectionId}" ${refusal}`);
  await openWithDisposition(entry.newUrl, disposition);
  if (from) await recordIndicator({ kind: 'path', from, to: 'section', id: sectionId });
}

/** The sections matching a text, best first (the address-bar keyword's finder); none while the search is off. */
export async function findSectionResults(text: string, limit: number): Promise<SearchResult[]> {
  if (!(await effectiveConfigItem.getValue()).features.sectionsSearch) return [];
  const found = findSections(await currentSections(), text, limit);
  return found.map((match) => toSectionResult(match, browserLanguage(), browserTranslate));
}

export function startSections(handleMessage: HandleMessage): void {
  effectiveConfigItem.watch((next, previous) => {
    if (!previous || relevant(next) !== relevant(previous)) refresh().catch(alreadyLogged);
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SECTIONS_ALARM) refresh().catch(alreadyLogged);
  });
  handleMessage('refreshSections', () => refresh());
  handleMessage('openSection', ({ sectionId, disposition, from }) => openSection(sectionId, disposition, from));
  handleMessage('findSections', async ({ query, limit }) => findSections(await currentSections(), query, limit));
  handleMessage('prepareSectionsSearch', async () => {
    await currentSections();
  });
  browser.runtime.onStartup.addListener(() => refresh().catch(alreadyLogged));
  browser.runtime.onInstalled.addListener(() => refresh().catch(alreadyLogged));
}
