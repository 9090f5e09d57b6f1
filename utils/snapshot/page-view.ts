/**
 * The pages' read-only view of the popup snapshot: checked slice by slice in memory, so a damaged slice paints as
 * empty. Only the background, which owns the snapshot, writes it back healed and logs the repair (at every start,
 * see publish.ts), which also keeps the repairs log and its writer out of the popup's bundle.
 */
import { storage } from 'wxt/utils/storage';
import { healSnapshot } from './heal-snapshot';
import { EMPTY_SNAPSHOT, POPUP_SNAPSHOT_KEY, type PopupSnapshot } from './types';

const rawSnapshot = storage.defineItem<unknown>(POPUP_SNAPSHOT_KEY, { fallback: null });

function checked(value: unknown): PopupSnapshot {
  return value === null || value === undefined ? EMPTY_SNAPSHOT : healSnapshot(value).snapshot;
}

export const pageSnapshot = {
  get: async (): Promise<PopupSnapshot> => checked(await rawSnapshot.getValue()),
  watch: (listener: (snapshot: PopupSnapshot) => void): (() => void) =>
    rawSnapshot.watch((value) => listener(checked(value))),
};
