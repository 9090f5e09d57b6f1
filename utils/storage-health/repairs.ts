/**
 * The log of stored values that had to be dropped when read, shown in the options page's diagnostics and
 * copied with them for the hotline: damaged storage is repaired, never silently.
 */
import { storage } from 'wxt/utils/storage';
import { alreadyLogged, createSerialQueue } from '../async/serial-queue';
import { isRecord, type Problem } from './shape';

export interface StorageRepair {
  /** The storage key ("local:personal") or IndexedDB store ("idb:passerelle-news/items"). */
  key: string;
  /** Where in the value, e.g. "favourites[2]"; "(whole value)" when nothing could be kept. */
  path: string;
  reason: string;
  /** When it was repaired (ms since the epoch). */
  at: number;
}

/** Only the newest ones: a profile damaged in a thousand places must not fill the storage with its log. */
export const REPAIRS_KEPT = 50;

export const storageRepairsItem = storage.defineItem<StorageRepair[]>('local:storageRepairs', {
  fallback: [],
  version: 1,
});

function isRepair(value: unknown): value is StorageRepair {
  return (
    isRecord(value) &&
    typeof value.key === 'string' &&
    typeof value.path === 'string' &&
    typeof value.reason === 'string' &&
    typeof value.at === 'number'
  );
}

/** The log itself is checked too: entries of the wrong shape are left out. */
export async function readRepairs(): Promise<StorageRepair[]> {
  const stored: unknown = await storageRepairsItem.getValue();
  return Array.isArray(stored) ? stored.filter(isRepair) : [];
}

const queue = createSerialQueue('storage repairs');

/**
 * Appends what was dropped from `key`; writes are queued so two repairs at once both stay. Never rejects: a log
 * that cannot be written must not fail the read that found the damage (the queue logged it). With nothing
 * dropped, settles once the repairs already asked for are written.
 */
export function recordRepairs(key: string, dropped: readonly Problem[], now = Date.now()): Promise<void> {
  if (dropped.length === 0) return queue.idle();
  const added = dropped.map((found) => ({ key, path: found.path, reason: found.reason, at: now }));
  return queue
    .run(`record ${added.length} repairs of ${key}`, async () => {
      await storageRepairsItem.setValue([...(await readRepairs()), ...added].slice(-REPAIRS_KEPT));
    })
    .catch(alreadyLogged);
}
