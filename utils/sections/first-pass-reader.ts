/**
 * The popup's first pass, read from IndexedDB without the background. Until the background answers, a query typed
 * at once is answered from the titles alone: a service worker that has just started needs far longer to load the
 * full index than the popup to read the titles. The popup asks for them as its script starts and reads them once
 * its first frame is painted (main.tsx), or at the first query if that comes sooner: a chunk loaded on demand, or a
 * read begun at the first render, came 0.1–0.2 s after a query typed at once (bench: extension files and the
 * database both answer slowly while a page starts). Opened before the first paint, the database competed with it:
 * bench:pair, 30 Nov 2026, three runs against the read at start: open-to-content 0.78–1.01×, first section result
 * 0.85–1.12× (the pair's own spread).
 * Plain IndexedDB rather than `idb` and the schema module: this is in the popup's first bundle, and they are not.
 */

import type { PopupSnapshot } from '../snapshot/types';
import { localized, objectOf, optional, text } from '../storage-health/shape';
import type { SectionDisplay } from './display';
import { scanTitles } from './first-pass';
import type { SectionMatch } from './section-result';
import { SECTIONS_DB_NAME } from './sections-db-name';
import { searchableIndexBuild } from './slice';
import { checkedTitlesRecord, type TitlesRecord } from './titles-record';

export type FirstPassFinder = (query: string, limit: number) => Promise<SectionMatch[]>;

const resultOf = <T>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

/** The database as the background made it; null when there is none yet (the popup never creates it). */
function openExisting(): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(SECTIONS_DB_NAME);
    // Only a database that does not exist needs an upgrade here: creating it is the background's (sections-db.ts).
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => resolve(request.result);
    request.onerror = (event) => {
      event.preventDefault();
      if (request.error?.name === 'AbortError') resolve(null);
      else reject(request.error);
    };
  });
}

/** A stored entry's display fields, checked as the popup checks its snapshot (its section results alike). */
const displayShape = objectOf({ id: text, title: localized, breadcrumb: optional(localized), movedOn: optional(text) });

/** What a result shows of a stored entry; null when the entry is not fit to show (it is then left out). */
function displayOf(value: unknown): SectionDisplay | null {
  if (displayShape(value, '')) return null;
  const { id, title, breadcrumb, movedOn } = value as SectionDisplay;
  return { id, title, ...(breadcrumb !== undefined && { breadcrumb }), ...(movedOn !== undefined && { movedOn }) };
}

async function displaysOf(db: IDBDatabase, ids: readonly string[]): Promise<(SectionDisplay | null)[]> {
  const store = db.transaction('entries').objectStore('entries');
  return (await Promise.all(ids.map((id) => resultOf(store.get(id))))).map(displayOf);
}

/** The stored titles, and the open database their entries are read from. */
interface StoredTitles {
  db: IDBDatabase;
  record: TitlesRecord;
}

/**
 * The titles as stored; null when there is no database yet, no titles (a database the background has not upgraded
 * yet) or they cannot be read (said in the console): the popup then waits for the background, as before.
 */
export async function readStoredTitles(): Promise<StoredTitles | null> {
  try {
    const db = await openExisting();
    if (!db) return null;
    // The background may need the database for an upgrade: the popup never holds it up.
    db.onversionchange = () => db.close();
    const stored = db.objectStoreNames.contains('titles')
      ? await resultOf(db.transaction('titles').objectStore('titles').get('current'))
      : undefined;
    const record = checkedTitlesRecord(stored);
    if (!record) db.close();
    return record && { db, record };
  } catch (error) {
    console.warn('Passerelle: could not read the sections titles', error);
    return null;
  }
}

/** The titles the page asked for as it started (main.tsx). */
export interface TitlesAtStart {
  reading: Promise<StoredTitles | null>;
  /** A query needs them before the page said it was ready: read now (once). */
  needNow(): void;
}

/**
 * The titles, read as the popup starts (once `ready` resolves, or a query needs them, whichever comes first; at once
 * without `ready`), unless the copy the popup kept says there is nothing to search (sections off, or no index built
 * yet): then the database is not opened at every opening. A copy that has gone stale costs nothing either way: the
 * popup reads the titles when its snapshot says there is an index (use-sections-source.ts).
 * A query typed at once comes before the first frame is painted when a background starting beside the popup slows
 * it: reading at the query, not after the frame, began the read ~20 ms sooner and showed the first section result
 * ~14 ms sooner (medians of 12 openings, 10k sections, background just started: 170 → 157 ms; 1 Dec 2026).
 */
export function readTitlesAtStart(kept: PopupSnapshot | null, ready?: () => Promise<void>): TitlesAtStart | undefined {
  if (kept && searchableIndexBuild(kept) === null) return undefined;
  let needNow = () => {};
  const needed = new Promise<void>((resolve) => {
    needNow = resolve;
  });
  const reading = ready ? Promise.race([ready(), needed]).then(readStoredTitles) : readStoredTitles();
  return { reading, needNow };
}

/**
 * The finder over the titles of the index built at `builtAt` (the popup's snapshot); null when the titles read
 * belong to another build or could not be read.
 */
export async function openFirstPass(
  builtAt: number,
  reading: Promise<StoredTitles | null> = readStoredTitles(),
): Promise<FirstPassFinder | null> {
  const stored = await reading;
  if (stored?.record.builtAt !== builtAt) {
    stored?.db.close();
    return null;
  }
  const { db, record } = stored;
  const scan = scanTitles(record);
  return async (query, limit) => {
    const hits = scan.find(query, limit);
    if (hits.length === 0) return [];
    const displays = await displaysOf(
      db,
      hits.map((hit) => hit.id),
    );
    return hits.flatMap((hit, rank) => {
      const display = displays[rank];
      // Scores only order the results within the source: the first hit is the best.
      return display ? [{ display, score: hits.length - rank, terms: hit.terms }] : [];
    });
  };
}
