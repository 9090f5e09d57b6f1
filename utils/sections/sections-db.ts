/**
 * The sections database's schema and its upgrades, apart from the record checks (zod) so that the popup can open
 * it for the first pass over titles without loading them. One versioned schema: each version adds a step.
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { SectionEntry } from '../config/schema';
import { SECTIONS_DB_NAME } from './sections-db-name';
import type { StoredIndexMeta } from './store';
import { type TitlesRecord, titlesOfStoredMeta } from './titles-record';

export { SECTIONS_DB_NAME };
export const SECTIONS_DB_VERSION = 3;

interface SectionsDb extends DBSchema {
  /** byNewUrl (version 2): the companion finds the section whose new page is on screen without loading them all. */
  entries: { key: string; value: SectionEntry; indexes: { byNewUrl: string } };
  meta: { key: 'current'; value: StoredIndexMeta };
  /** Version 3: the titles alone, which the popup reads for a first pass while the background starts. */
  titles: { key: 'current'; value: TitlesRecord };
}

export type SectionsDatabase = IDBPDatabase<SectionsDb>;

export function openSectionsDb(): Promise<SectionsDatabase> {
  return openDB<SectionsDb>(SECTIONS_DB_NAME, SECTIONS_DB_VERSION, {
    async upgrade(db, oldVersion, _newVersion, transaction) {
      // Each step brings one version to the next; a new version adds a case, never edits an old one.
      if (oldVersion < 1) {
        db.createObjectStore('entries', { keyPath: 'id' });
        db.createObjectStore('meta');
      }
      // IndexedDB indexes the entries already stored: nothing else to migrate.
      if (oldVersion < 2) transaction.objectStore('entries').createIndex('byNewUrl', 'newUrl');
      if (oldVersion < 3) {
        db.createObjectStore('titles');
        // The titles of the index already built, from its display list (an index built later writes its own).
        const meta = await transaction.objectStore('meta').get('current');
        const titles = meta && titlesOfStoredMeta(meta);
        if (titles) await transaction.objectStore('titles').put(titles, 'current');
      }
    },
  });
}
