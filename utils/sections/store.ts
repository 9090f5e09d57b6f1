/**
 * The sections index in IndexedDB (too large for extension storage): the entries by id, the serialised search
 * index with where it came from, and the titles alone for the popup's first pass. The schema and its upgrades are
 * in sections-db.ts.
 */
import type { SectionEntry } from '../config/schema';
import type { IndexSourceInfo, RowIssue } from './index-issues';
import type { SectionsDatabase } from './sections-db';
import { checkedEntries, checkedMeta } from './stored-records';
import { titlesOfStoredMeta } from './titles-record';

/** Where the stored index came from, with the validators of the conditional request that fetched it. */
export interface IndexOrigin {
  url?: string;
  etag?: string;
  lastModified?: string;
  /** Identity of the inline entries it was merged with (their JSON length and hash). */
  inlineKey: string;
}

export interface StoredIndexMeta {
  builtAt: number;
  /** SECTIONS_INDEX_FORMAT of the build; absent before format 2. */
  format?: number;
  /** SECTIONS_ENTRIES_REVISION of the entries it was built from; absent means 1. */
  entriesRevision?: number;
  entryCount: number;
  origin: IndexOrigin;
  /**
   * The MiniSearch index and what results show (title, place, date) as JSON text: IndexedDB clones one string
   * far faster than a deep object, so the popup is searchable sooner.
   */
  search: string;
  display: string;
  issues: RowIssue[];
  issueCount: number;
  /** Absent in indexes built before the diagnostics listed them. */
  notices?: RowIssue[];
  noticeCount?: number;
  source?: IndexSourceInfo;
}

export { openSectionsDb, SECTIONS_DB_NAME, SECTIONS_DB_VERSION, type SectionsDatabase } from './sections-db';

/** Replaces the whole index at once: readers see the old one or the new one, never a mix. */
export async function saveIndex(
  db: SectionsDatabase,
  entries: readonly SectionEntry[],
  meta: StoredIndexMeta,
): Promise<void> {
  const titles = titlesOfStoredMeta(meta);
  const tx = db.transaction(['entries', 'meta', 'titles'], 'readwrite');
  const store = tx.objectStore('entries');
  await store.clear();
  for (const entry of entries) void store.put(entry);
  await tx.objectStore('meta').put(meta, 'current');
  if (titles) await tx.objectStore('titles').put(titles, 'current');
  else await tx.objectStore('titles').delete('current');
  await tx.done;
}

/** Checked when read (stored-records.ts): a damaged description reads as none, and is rebuilt. */
export async function loadMeta(db: SectionsDatabase): Promise<StoredIndexMeta | undefined> {
  return checkedMeta(await db.get('meta', 'current'));
}

export async function loadEntries(db: SectionsDatabase): Promise<SectionEntry[]> {
  return checkedEntries(await db.getAll('entries'));
}

export async function loadEntry(db: SectionsDatabase, id: string): Promise<SectionEntry | undefined> {
  const entry = await db.get('entries', id);
  return entry === undefined ? undefined : (await checkedEntries([entry]))[0];
}

/**
 * The section whose new page `url` is (its new address as configured, with or without a trailing slash; query and
 * fragment aside), checked when read.
 */
export async function findEntryByNewPage(db: SectionsDatabase, url: string): Promise<SectionEntry | undefined> {
  if (!URL.canParse(url)) return undefined;
  const { origin, pathname } = new URL(url);
  const path = pathname.replace(/\/+$/, '');
  for (const candidate of new Set([`${origin}${path}`, `${origin}${path}/`])) {
    const entry = await db.getFromIndex('entries', 'byNewUrl', candidate);
    if (entry !== undefined) return (await checkedEntries([entry]))[0];
  }
  return undefined;
}

/** Forgets the index description whose search data could not be read: the next refresh builds it again. */
export async function forgetMeta(db: SectionsDatabase): Promise<void> {
  const tx = db.transaction(['meta', 'titles'], 'readwrite');
  await Promise.all([tx.objectStore('meta').delete('current'), tx.objectStore('titles').delete('current'), tx.done]);
}

/** Keeps the origin's validators current after a 304 (same content, nothing else changes). */
export async function touchOrigin(db: SectionsDatabase, origin: IndexOrigin): Promise<void> {
  const tx = db.transaction('meta', 'readwrite');
  const meta = await tx.store.get('current');
  if (meta) await tx.store.put({ ...meta, origin }, 'current');
  await tx.done;
}
