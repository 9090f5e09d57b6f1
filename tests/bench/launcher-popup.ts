/**
 * Popup open-to-content in real Chromium with 200 tools, against the bench harness's blank Preact page measured in
 * the same run. The popup paints from a snapshot written to storage beforehand (as after a sync).
 */
import { EMPTY_SNAPSHOT, type PopupSnapshot } from '../../utils/snapshot/types';
import { launchChromium } from '../e2e/harness/chromium';
import type { ExtensionSession } from '../e2e/harness/session';
import { waitForSnapshot } from '../e2e/harness/snapshot';
import { POPUP_SELECTORS } from '../e2e/pages/popup';
import { BLANK_CONTENT_SELECTOR, startBlankPage } from './harness/blank-page';
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

export interface PopupTimes {
  blankMs: number[];
  toolsMs: number[];
  /** The same popup with the 12 demo tools: how the launcher scales. */
  fewToolsMs: number[];
}

/** Alternates the popup and the blank page `runs` times each, after warm-ups, so noise hits both alike. */
export async function timePopupOpen(toolCount: number, runs: number): Promise<PopupTimes> {
  const blank = await startBlankPage();
  const session = await launchChromium();
  try {
    // Let the background publish its own (empty) snapshot first, so it does not overwrite ours.
    await waitForSnapshot(session, () => true, 'the first snapshot');
    const popupUrl = `${session.extensionOrigin}popup.html`;
    const times: PopupTimes = { blankMs: [], toolsMs: [], fewToolsMs: [] };
    for (let index = 0; index < WARM_UPS + runs; index++) {
      await writeSnapshot(session, launcherSnapshot(toolCount));
      const tools = await openToContent(session.browserContext, popupUrl, POPUP_SELECTORS.toolItems);
      const blankTime = await openToContent(session.browserContext, blank.url, BLANK_CONTENT_SELECTOR);
      await writeSnapshot(session, launcherSnapshot(12));
      const few = await openToContent(session.browserContext, popupUrl, POPUP_SELECTORS.toolItems);
      if (index < WARM_UPS) continue;
      times.toolsMs.push(tools);
      times.blankMs.push(blankTime);
      times.fewToolsMs.push(few);
    }
    return times;
  } finally {
    await session.close();
    await blank.close();
  }
}
