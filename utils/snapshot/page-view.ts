/**
 * The pages' read-only view of the popup snapshot: checked slice by slice in memory, so a damaged slice paints as
 * empty. Only the background, which owns the snapshot, writes it back healed and logs the repair (at every start,
 * see publish.ts), which also keeps the repairs log and its writer out of the popup's bundle.
 * Straight on the extension API rather than a WXT storage item: defining an item reads its whole value at once
 * (a second 46 KB read for 200 tools while the popup starts), and the storage library is more than the popup
 * needs before its first paint.
 */
import { type Browser, browser } from 'wxt/browser';
import { sameStoredValue } from '../storage-health/same-stored-value';
import { healSnapshot } from './heal-snapshot';
import { EMPTY_SNAPSHOT, POPUP_SNAPSHOT_KEY, type PopupSnapshot } from './types';

/** The key in storage.local: POPUP_SNAPSHOT_KEY without its area prefix. */
const STORED_KEY = POPUP_SNAPSHOT_KEY.replace(/^local:/, '');

function checked(value: unknown): PopupSnapshot {
  return value === null || value === undefined ? EMPTY_SNAPSHOT : healSnapshot(value).snapshot;
}

type Changes = Record<string, Browser.storage.StorageChange>;

export const pageSnapshot = {
  get: async (): Promise<PopupSnapshot> => {
    const stored: Record<string, unknown> = await browser.storage.local.get(STORED_KEY);
    return checked(stored[STORED_KEY]);
  },
  watch: (listener: (snapshot: PopupSnapshot) => void): (() => void) => {
    const local = browser.storage.local;
    const onChanged = (changes: Changes) => {
      const change = changes[STORED_KEY];
      // Firefox reports a write of the same value too: the listener only hears real changes.
      if (change && !sameStoredValue(change.oldValue, change.newValue)) listener(checked(change.newValue));
    };
    local.onChanged.addListener(onChanged);
    return () => local.onChanged.removeListener(onChanged);
  },
};
