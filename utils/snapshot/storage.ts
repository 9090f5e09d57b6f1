import { storage } from 'wxt/utils/storage';
import { EMPTY_SNAPSHOT, type PopupSnapshot } from './types';

/**
 * A cache derived from the background's state: it is rebuilt slice by slice, so a new version starts empty
 * instead of migrating (the background republishes every slice at start).
 */
export const popupSnapshotItem = storage.defineItem<PopupSnapshot>('local:popupSnapshot', {
  fallback: EMPTY_SNAPSHOT,
});
