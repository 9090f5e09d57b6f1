/**
 * Popup open-to-content in real Chromium with 200 tools, against the blank Preact page (as an extension page)
 * measured in the same run. The snapshot is written to storage beforehand (as after a sync); the popup paints from
 * the copy it kept at its last opening, or — the first time after a change — waits for chrome.storage.
 */
import { PAINT_CACHE_KEY } from '../../utils/snapshot/paint-cache';
import { EMPTY_SNAPSHOT, type PopupSnapshot } from '../../utils/snapshot/types';
import type { ExtensionSession } from '../e2e/harness/session';
import { readSnapshot, waitForSnapshot } from '../e2e/harness/snapshot';
import { POPUP_SELECTORS } from '../e2e/pages/popup';
import { launchBenchChromium } from './harness/bench-extension';
import { BLANK_CONTENT_SELECTOR } from './harness/blank-page';
import { openToContent } from './harness/open-to-content';
import { syntheticTools } from './launcher-fixtures';

const WARM_UPS = 2;

export function launcherSnapshot(toolCount: number): PopupSnapshot {
  return {
    ...EMPTY_SNAPSHOT,
    config: {
      ...EMPTY_SNAPSHOT.config,
      configured: true,
      esnName: 'Bench',
      // Only the launcher: the other panels are measured by their own benches.
      features: { ...EMPTY_SNAPSHOT.config.features, news: false, sectionsSearch: false, onboarding: false },
      sync: { state: 'ok', lastSuccessAt: 1 },
    },
    launcher: {
      tools: syntheticTools(toolCount),
      favourites: ['payslips', 'directory'],
      recents: ['training'],
      hidden: [],
      focusExistingTab: false,
    },
  };
}

async function writeSnapshot(session: ExtensionSession, snapshot: PopupSnapshot): Promise<void> {
  await session.evaluateInExtension(async (value: PopupSnapshot) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } })
      .chrome;
    await api.storage.local.set({ popupSnapshot: value });
  }, snapshot);
}

/**
 * Writes the snapshot again if the background replaced it: a background that has just started publishes its own
 * (unconfigured) config slice, at a moment the bench cannot see, over the one written here.
 */
async function keepSnapshot(session: ExtensionSession, snapshot: PopupSnapshot): Promise<void> {
  const stored = await readSnapshot(session);
  if (stored?.config.esnName !== snapshot.config.esnName) await writeSnapshot(session, snapshot);
}

export interface PopupTimes {
  /** The blank Preact page as an extension page: the baseline. */
  blankMs: number[];
  /** The same page from 127.0.0.1. */
  webBlankMs: number[];
  /** The popup painting from the copy it kept at its last opening (the usual case). */
  toolsMs: number[];
  /** The popup with no kept copy (first opening after the snapshot changed): it waits for chrome.storage. */
  coldToolsMs: number[];
  /** The same popup with the 12 demo tools: how the launcher scales. */
  fewToolsMs: number[];
}

const FORGET_KEPT_COPY = `localStorage.removeItem(${JSON.stringify(PAINT_CACHE_KEY)});`;

/** Alternates the popup and the blank pages `runs` times each, after warm-ups, so noise hits all alike. */
export async function timePopupOpen(toolCount: number, runs: number): Promise<PopupTimes> {
  const bench = await launchBenchChromium();
  const { session } = bench;
  try {
    // Let the background publish its own (unconfigured) snapshot first, so it does not overwrite ours: the adoption
    // slice (the extension's version) comes with the last of its start-up publications.
    await waitForSnapshot(session, (snapshot) => snapshot.adoption.version !== '', 'the background’s first snapshot');
    const popupUrl = `${session.extensionOrigin}popup.html`;
    const open = (url: string, selector: string, before?: string) =>
      openToContent(session.browserContext, url, selector, before);
    const times: PopupTimes = { blankMs: [], webBlankMs: [], toolsMs: [], coldToolsMs: [], fewToolsMs: [] };
    const large = launcherSnapshot(toolCount);
    await writeSnapshot(session, large);
    for (let index = 0; index < WARM_UPS + runs; index++) {
      await keepSnapshot(session, large);
      const tools = await open(popupUrl, POPUP_SELECTORS.toolItems);
      const blankTime = await open(bench.extensionBlankUrl, BLANK_CONTENT_SELECTOR);
      const webBlankTime = await open(bench.webBlankUrl, BLANK_CONTENT_SELECTOR);
      const cold = await open(popupUrl, POPUP_SELECTORS.toolItems, FORGET_KEPT_COPY);
      if (index < WARM_UPS) continue;
      times.toolsMs.push(tools);
      times.blankMs.push(blankTime);
      times.webBlankMs.push(webBlankTime);
      times.coldToolsMs.push(cold);
    }
    const small = launcherSnapshot(12);
    await writeSnapshot(session, small);
    for (let index = 0; index < WARM_UPS + runs; index++) {
      await keepSnapshot(session, small);
      const few = await open(popupUrl, POPUP_SELECTORS.toolItems);
      if (index >= WARM_UPS) times.fewToolsMs.push(few);
    }
    return times;
  } finally {
    await bench.close();
  }
}
