import { defineHealedItem } from '../storage-health/healed-item';
import { healSnapshot } from './heal-snapshot';
import { EMPTY_SNAPSHOT, type PopupSnapshot } from './types';

/**
 * A cache derived from the background's state: it is rebuilt slice by slice, so a new version starts empty
 * instead of migrating (the background republishes every slice at start). Checked slice by slice when read
 * (without zod, which the popup cannot afford): a damaged slice reads as empty until it is published again.
 * Only publish.ts reads it: a heal-on-read outside the publish queue could write a stale repair over a newer slice
 * (other background code calls readPublishedSnapshot; pages use page-view.ts).
 */
export const popupSnapshotItem = defineHealedItem<PopupSnapshot>('local:popupSnapshot', {
  fallback: EMPTY_SNAPSHOT,
  version: 1,
  heal: (stored) => {
    if (stored === null || stored === undefined) return { value: EMPTY_SNAPSHOT, dropped: [] };
    const { snapshot, dropped } = healSnapshot(stored);
    return { value: snapshot, dropped };
  },
});
