import { createSerialQueue } from '../async/serial-queue';
import { sameStoredValue } from '../storage-health/same-stored-value';
import { popupSnapshotItem } from './storage';
import type { PopupSnapshot, SliceName } from './types';

/** Every write of the snapshot, and every background read of it, in one queue (see createSerialQueue). */
const queue = createSerialQueue('popup snapshot');

/**
 * Replaces one slice of the popup snapshot. Writes are queued so two capabilities publishing at once never
 * overwrite each other's slice. The stored snapshot is read healed: a damaged slice never survives a publish.
 * A slice published as it already is (the same JSON, whatever the order of its keys) writes nothing: each capability
 * publishes at every background start, and the background starts at every tab update (news visits, the companion),
 * so five writes of the whole snapshot and their change events came with each wake.
 */
export function publishSlice<K extends SliceName>(name: K, value: PopupSnapshot[K]): Promise<void> {
  return queue.run(`publish the ${name} slice`, async () => {
    const current = await popupSnapshotItem.getValue();
    if (sameStoredValue(current[name], value)) return;
    await popupSnapshotItem.setValue({ ...current, [name]: value });
  });
}

/**
 * The stored snapshot as the background's capabilities should read it: in the publish queue. A read outside it
 * could see a damaged value, then write its healed (emptied) copy back after a newer publish and undo it.
 */
export function readPublishedSnapshot(): Promise<PopupSnapshot> {
  return queue.run('read the snapshot', () => popupSnapshotItem.getValue());
}

/**
 * At background start, before any capability publishes: the stored snapshot is checked slice by slice, and a
 * damaged one is repaired at once (the healed read writes it back). Answers the slices that had to be emptied, so
 * their capability can publish them again (the others publish at every start anyway).
 */
export function republishSnapshot(): Promise<SliceName[]> {
  return queue.run('republish the snapshot', async () => {
    const { dropped } = await popupSnapshotItem.read();
    return [...new Set(dropped.map((problem) => problem.path.split(/[.[]/)[0] as SliceName))];
  });
}
