/**
 * The pages' own copy of the last snapshot they received, in the extension origin's localStorage. Read
 * synchronously, it lets the next popup paint before chrome.storage answers: a 46 KB snapshot (200 tools) takes
 * 15–60 ms to come back from the browser process while the page is starting. chrome.storage stays the source of
 * truth; the page replaces this copy with its value as soon as that arrives.
 * A copy is painted whatever changed since it was kept — a sync, or an upgrade of the extension — as long as it has
 * the shape this version paints: the changed parts follow a few ms later, and a first opening after a change is
 * not a blank wait (bench: "first opening after a change").
 */
import { isWholeSnapshot } from './heal-snapshot';
import type { PopupSnapshot } from './types';

export const PAINT_CACHE_KEY = 'passerelle.paintCache';

interface Entry {
  snapshot: PopupSnapshot;
}

/** localStorage may be missing or refuse access (cookies blocked): the cache is then simply not used. */
function openStore(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function readPaintCache(store: Storage | null = openStore()): PopupSnapshot | null {
  try {
    const text = store?.getItem(PAINT_CACHE_KEY);
    if (!text) return null;
    const entry = parse(text);
    // Checked in full, not only its top level: a copy with bad contents would blank every opening, and one an
    // earlier version kept may lack what this one paints.
    if (isWholeSnapshot(entry?.snapshot)) return entry.snapshot;
    store?.removeItem(PAINT_CACHE_KEY);
  } catch {
    // Inaccessible: the page waits for chrome.storage, as without the cache.
  }
  return null;
}

function parse(text: string): Partial<Entry> | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Partial<Entry>) : null;
  } catch {
    return null;
  }
}

/** Forgets the copy: the next paint waits for chrome.storage (after a page failed to paint from it). */
export function clearPaintCache(store: Storage | null = openStore()): void {
  try {
    store?.removeItem(PAINT_CACHE_KEY);
  } catch {
    // Inaccessible: there is no copy to forget.
  }
}

export function writePaintCache(snapshot: PopupSnapshot, store: Storage | null = openStore()): void {
  try {
    const text = JSON.stringify({ snapshot } satisfies Entry);
    // Writing costs ~10 ms for 200 tools, reading and comparing under 1 ms: most openings change nothing.
    if (store && store.getItem(PAINT_CACHE_KEY) !== text) store.setItem(PAINT_CACHE_KEY, text);
  } catch {
    // Quota or access refused: the next page waits for chrome.storage, as without the cache.
  }
}
