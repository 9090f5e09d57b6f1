import { openDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import type { SectionEntry } from '@/utils/config/schema';
import { buildIndexMeta } from '@/utils/sections/build-index';
import { openFirstPass } from '@/utils/sections/first-pass-reader';
import { loadStoredSections } from '@/utils/sections/loaded-sections';
import { searchSections } from '@/utils/sections/search-index';
import { forgetMeta, openSectionsDb, SECTIONS_DB_NAME, saveIndex } from '@/utils/sections/store';
import { generateSections } from './fixtures/generate-sections';

const entries = generateSections(300);
const issues = { issues: [], issueCount: 0 };

/** What 0.4.0 stored (schema version 2): the entries and the index description, no titles. */
async function storeVersion2(meta: object) {
  const old = await openDB(SECTIONS_DB_NAME, 2, {
    upgrade(db) {
      db.createObjectStore('entries', { keyPath: 'id' }).createIndex('byNewUrl', 'newUrl');
      db.createObjectStore('meta');
    },
  });
  for (const entry of entries) await old.put('entries', entry);
  await old.put('meta', meta, 'current');
  old.close();
}

const firstIds = async (builtAt: number, query: string) =>
  ((await (await openFirstPass(builtAt))?.(query, 3)) ?? []).map((match) => match.display.id);

describe('the titles for the popup’s first pass (IndexedDB version 3)', () => {
  it('derives the titles of an index stored by version 2, which loads and searches as before', async () => {
    await storeVersion2(buildIndexMeta(entries, { inlineKey: 'a' }, issues, 5));
    // Until the background has upgraded the database, the popup has no first pass (and upgrades nothing).
    expect(await openFirstPass(5)).toBeNull();

    const db = await openSectionsDb();
    expect(await firstIds(5, 'cantine')).toEqual(['canteen-menus']);
    const loaded = await loadStoredSections(db);
    expect(loaded && searchSections(loaded.index, 'cantine', 1)[0]?.id).toBe('canteen-menus');
    db.close();
  });

  it('upgrades a version-2 database whose display list is damaged, without titles (and says so)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await storeVersion2({ ...buildIndexMeta(entries, { inlineKey: 'a' }, issues, 5), display: '[{' });
    (await openSectionsDb()).close();
    expect(await openFirstPass(5)).toBeNull();
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('never creates the database: the background does, with its schema', async () => {
    expect(await openFirstPass(1)).toBeNull();
    const db = await openSectionsDb();
    expect([...db.objectStoreNames].sort()).toEqual(['entries', 'meta', 'titles']);
    db.close();
  });

  it('is written with each index and forgotten with it; the titles of another build are not used', async () => {
    const db = await openSectionsDb();
    await saveIndex(db, entries, buildIndexMeta(entries, { inlineKey: 'a' }, issues, 1));
    const fewer = entries.filter((entry) => entry.id !== 'canteen-menus');
    await saveIndex(db, fewer, buildIndexMeta(fewer, { inlineKey: 'b' }, issues, 2));
    expect(await openFirstPass(1)).toBeNull();
    expect(await firstIds(2, 'cantine')).not.toContain('canteen-menus');
    await forgetMeta(db);
    expect(await openFirstPass(2)).toBeNull();
    db.close();
  });

  it('answers with what a result shows, and leaves out an entry stored without a title', async () => {
    const db = await openSectionsDb();
    await saveIndex(db, entries, buildIndexMeta(entries, { inlineKey: 'a' }, issues, 3));
    const find = await openFirstPass(3);
    const [canteen] = (await find?.('cantine', 3)) ?? [];
    expect(canteen).toEqual({
      display: {
        id: 'canteen-menus',
        title: { fr: 'Menus de la cantine', en: 'Canteen menus' },
        breadcrumb: { fr: 'Services › Restauration', en: 'Services › Catering' },
        movedOn: '2026-09-15',
      },
      score: expect.any(Number),
      terms: ['cantine'],
    });
    const stored = entries.find((entry) => entry.id === 'canteen-menus') as SectionEntry;
    await db.put('entries', { ...stored, title: 42 } as unknown as SectionEntry);
    expect(await find?.('cantine', 3)).toEqual([]);
    db.close();
  });
});
