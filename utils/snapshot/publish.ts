import { popupSnapshotItem } from './storage';
import { EMPTY_SNAPSHOT, type PopupSnapshot, type SliceName } from './types';

let queue: Promise<void> = Promise.resolve();

/**
 * Replaces one slice of the popup snapshot. Writes are chained so two capabilities publishing at once never
 * overwrite each other's slice.
 */
export function publishSlice<K extends SliceName>(name: K, value: PopupSnapshot[K]): Promise<void> {
  queue = queue
    .then(async () => {
      const current = (await popupSnapshotItem.getValue()) ?? EMPTY_SNAPSHOT;
      await popupSnapshotItem.setValue({ ...EMPTY_SNAPSHOT, ...current, [name]: value });
    })
    .catch((error: unknown) => console.error(`Passerelle: could not publish the ${name} slice`, error));
  return queue;
}
