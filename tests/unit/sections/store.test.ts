import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { buildIndexMeta } from '@/utils/sections/build-index';
import { loadStoredSections } from '@/utils/sections/loaded-sections';
import { searchSections } from '@/utils/sections/search-index';
import {
  findEntryByNewPage,
  loadEntries,
  loadEntry,
  loadMeta,
  openSectionsDb,
  SECTIONS_DB_NAME,
  SECTIONS_DB_VERSION,
  saveIndex,
  touchOrigin,
} from '@/utils/sections/store';
import { validateRows } from '@/utils/sections/validate-entry';
import { generateSections } from './fixtures/generate-sections';

async function freshDb() {
  const db = await openSectionsDb();
  await db.clear('entries');
  await db.clear('meta');
  await db.clear('titles');
  return db;
}

describe('sections store (IndexedDB)', () => {
  it('migrates a version-1 database: its entries are kept and found by their new page', async () => {
    // What 0.1.0–0.3.0 created: the two stores, no index on the new address.
    const old = await openDB(SECTIONS_DB_NAME, 1, {
      upgrade(db) {
        db.createObjectStore('entries', { keyPath: 'id' });
        db.createObjectStore('meta');
      },
    });
    const [canteen] = generateSections(5).filter((entry) => entry.id === 'canteen-menus');
    await old.put('entries', { ...canteen, newUrl: 'https://esn.example/services/restauration/menus/' });
    old.close();

    const db = await openSectionsDb();
    expect(db.version).toBe(SECTIONS_DB_VERSION);
    expect((await findEntryByNewPage(db, 'https://esn.example/services/restauration/menus?semaine=12#lundi'))?.id).toBe(
      'canteen-menus',
    );
    expect(await findEntryByNewPage(db, 'https://esn.example/services/restauration')).toBeUndefined();
    expect(await findEntryByNewPage(db, 'https://esn.example.evil.test/services/restauration/menus/')).toBeUndefined();
    expect(await loadEntries(db)).toHaveLength(1);
    db.close();
  });

  it('finds a section by its new page when the sheet wrote its address otherwise (spaces, accents, capitals)', async () => {
    const parsed = validateRows(
      [
        {
          row: 2,
          raw: { id: 'menus', title: 'Menus', newUrl: 'https://ESN.example:443/Restauration/Menus de la cantine é' },
        },
      ],
      [],
    );
    const entries = parsed.ok ? parsed.entries : [];
    expect(entries[0]?.newUrl).toBe('https://esn.example/Restauration/Menus%20de%20la%20cantine%20%C3%A9');
    const db = await freshDb();
    await saveIndex(db, entries, buildIndexMeta(entries, { inlineKey: '' }, { issues: [], issueCount: 0 }, 1));
    // The tab's address, as the browser shows it to the extension.
    const onScreen = new URL('https://esn.example/Restauration/Menus de la cantine é/').href;
    expect((await findEntryByNewPage(db, onScreen))?.id).toBe('menus');
    db.close();
  });

  it('creates the current schema from nothing', async () => {
    const db = await openSectionsDb();
    expect(db.version).toBe(SECTIONS_DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['entries', 'meta', 'titles']);
    expect([...db.transaction('entries').store.indexNames]).toEqual(['byNewUrl']);
    db.close();
    // Re-opening at the same version runs no upgrade and keeps the data.
    const again = await openDB(SECTIONS_DB_NAME, SECTIONS_DB_VERSION);
    expect([...again.objectStoreNames].sort()).toEqual(['entries', 'meta', 'titles']);
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
