/**
 * The popup's whole view of the world, kept by the background in local storage so that the popup paints from
 * it at once (never waiting on the network or on the service worker to wake up), then follows its changes.
 */
import { type AdoptionSlice, EMPTY_ADOPTION_SLICE } from '../adoption/slice';
import { DEFAULT_FEATURES } from '../config/effective';
import type { ConfigSlice } from '../config/slice';
import type { LauncherSlice } from '../launcher/slice';
import { EMPTY_NEWS_SLICE, type NewsSlice } from '../news/slice';
import { EMPTY_SECTIONS_SLICE, type SectionsSlice } from '../sections/slice';

export interface PopupSnapshot {
  config: ConfigSlice;
  launcher: LauncherSlice;
  news: NewsSlice;
  sections: SectionsSlice;
  adoption: AdoptionSlice;
}

export type SliceName = keyof PopupSnapshot;

export const EMPTY_SNAPSHOT: PopupSnapshot = {
  config: { configured: false, features: DEFAULT_FEATURES, links: {}, sync: { state: 'never' } },
  launcher: { tools: [], favourites: [], recents: [], hidden: [], focusExistingTab: false },
  news: EMPTY_NEWS_SLICE,
  sections: EMPTY_SECTIONS_SLICE,
  adoption: EMPTY_ADOPTION_SLICE,
};

/** Where the snapshot is stored: written by the background (storage.ts, same key), read by the pages (page-view.ts). */
export const POPUP_SNAPSHOT_KEY = 'local:popupSnapshot';
