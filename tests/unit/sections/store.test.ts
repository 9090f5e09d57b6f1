import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { buildIndexMeta } from '@/utils/sections/build-index';
import { loadStoredSections } from '@/utils/sections/loaded-sections';
import { searchSections } from '@/utils/sections/search-index';
import {
  loadEntries,
  loadEntry,
  loadMeta,
  openSectionsDb,
  SECTIONS_DB_NAME,
  SECTIONS_DB_VERSION,
  saveIndex,
  touchOrigin,
} from '@/utils/sections/store';
import { generateSections } from './fixtures/generate-sections';

async function freshDb() {
  const db = await openSectionsDb();
  await db.clear('entries');
  await db.clear('meta');
  return db;
}

describe('sections store (IndexedDB)', () => {
  it('creates the version-1 schema from nothing', async () => {
    const db = await openSectionsDb();
    expect(db.version).toBe(SECTIONS_DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['entries', 'meta']);
    db.close();
    // Re-opening at the same version runs no upgrade and keeps the data.
    const again = await openDB(SECTIONS_DB_NAME, SECTIONS_DB_VERSION);
    expect([...again.objectStoreNames].sort()).toEqual(['entries', 'meta']);
    again.close();
  });

  it('replaces the whole index at once and loads it back without rebuilding', async () => {
    const db = await freshDb();
    const first = generateSections(50);
    await saveIndex(db, first, buildIndexMeta(first, { inlineKey: 'a' }, { issues: [], issueCount: 0 }, 1));
    const second = generateSections(20);
    await saveIndex(
      db,
      second,
      buildIndexMeta(second, { inlineKey: 'b', etag: '"x"' }, { issues: [], issueCount: 0 }, 2),
    );
    expect(await loadEntries(db)).toHaveLength(20);
    expect((await loadMeta(db))?.builtAt).toBe(2);
    expect((await loadEntry(db, 'canteen-menus'))?.title).toEqual({ fr: 'Menus de la cantine', en: 'Canteen menus' });

    const loaded = await loadStoredSections(db);
    expect(loaded && searchSections(loaded.index, 'cantine', 1)[0]?.id).toBe('canteen-menus');

    await touchOrigin(db, { inlineKey: 'b', etag: '"y"' });
    expect((await loadMeta(db))?.origin.etag).toBe('"y"');
    db.close();
  });

  it('has nothing to load before the first build', async () => {
    const db = await freshDb();
    expect(await loadStoredSections(db)).toBeNull();
    db.close();
  });
});
