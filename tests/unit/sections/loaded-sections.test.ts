import { describe, expect, it, vi } from 'vitest';
import { buildIndexMeta } from '@/utils/sections/build-index';
import {
  createSectionsCache,
  findSections,
  type LoadedSections,
  loadStoredSections,
} from '@/utils/sections/loaded-sections';
import { buildSectionsIndex } from '@/utils/sections/search-index';
import { openSectionsDb, saveIndex } from '@/utils/sections/store';
import { generateSections } from './fixtures/generate-sections';

const entries = generateSections(300);
const loaded: LoadedSections = {
  builtAt: 1,
  entries: new Map(entries.map((entry) => [entry.id, entry])),
  index: buildSectionsIndex(entries),
};

describe('the index the background keeps loaded', () => {
  it('loads once however many ask at the same time, and again after a new index was built', async () => {
    const load = vi.fn(async () => loaded);
    const cache = createSectionsCache(load);
    const [first, second] = await Promise.all([cache.get(), cache.get()]);
    expect(first).toBe(loaded);
    expect(second).toBe(loaded);
    await cache.get();
    expect(load).toHaveBeenCalledTimes(1);
    cache.forget();
    await cache.get();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('does not keep a failed load: the next query tries again', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const load = vi.fn<() => Promise<LoadedSections | null>>().mockRejectedValueOnce(new Error('quota'));
    load.mockResolvedValue(loaded);
    const cache = createSectionsCache(load);
    expect(await cache.get()).toBeNull();
    expect(error).toHaveBeenCalledOnce();
    expect(await cache.get()).toBe(loaded);
    error.mockRestore();
  });

  it('loads the stored index at once or in slices, to the same search', async () => {
    const db = await openSectionsDb();
    await saveIndex(db, entries, buildIndexMeta(entries, { inlineKey: 'k' }, { issues: [], issueCount: 0 }, 7));
    const atOnce = await loadStoredSections(db, { inSlices: false });
    const inSlices = await loadStoredSections(db, { inSlices: true });
    db.close();
    expect(atOnce?.builtAt).toBe(7);
    for (const query of ['cantine', 'canteen menu', 'formulaires rh']) {
      expect(findSections(atOnce, query, 5)).toEqual(findSections(inSlices, query, 5));
    }
    expect(findSections(atOnce, 'cantine', 1)[0]?.display).toMatchObject({
      id: 'canteen-menus',
      breadcrumb: { fr: 'Services › Restauration', en: 'Services › Catering' },
      movedOn: '2026-09-15',
    });
  });

  it('keeps the stored index when the search code does not load, and loads it once the code does', async () => {
    const db = await openSectionsDb();
    await saveIndex(db, entries, buildIndexMeta(entries, { inlineKey: 'k' }, { issues: [], issueCount: 0 }, 7));
    const searchCode = () => Promise.reject(new Error('/lazy-search.js could not be loaded'));
    await expect(loadStoredSections(db, { inSlices: false, searchCode })).rejects.toThrow(/lazy-search/);
    const later = await loadStoredSections(db, { inSlices: false });
    db.close();
    expect(later?.builtAt).toBe(7);
    expect(findSections(later, 'cantine', 1)[0]?.display.id).toBe('canteen-menus');
  });

  it('finds nothing for an empty query or before the first index', () => {
    expect(findSections(loaded, '   ', 5)).toEqual([]);
    expect(findSections(null, 'cantine', 5)).toEqual([]);
  });
});
