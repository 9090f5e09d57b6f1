import { describe, expect, it } from 'vitest';
import { getFeedState, listFeedStates, listItems, NEWS_DB_NAME, openNewsDb } from '@/utils/news/store';
import { loadStoredSections } from '@/utils/sections/loaded-sections';
import { loadEntries, loadMeta, openSectionsDb } from '@/utils/sections/store';
import { readRepairs } from '@/utils/storage-health/repairs';

const goodItem = {
  key: 'a1',
  feedId: 'a',
  feedIds: ['a'],
  title: 'Canteen menu',
  categories: [],
  important: false,
  firstSeenAt: 1,
  sortAt: 1,
};

describe('IndexedDB records are checked when read', () => {
  it('leaves out and deletes a damaged news item and feed state, and logs them', async () => {
    const db = await openNewsDb(`${NEWS_DB_NAME}-heal`);
    await db.put('items', goodItem);
    await db.put('items', { key: 'bad', feedId: 'a', title: 42, sortAt: 2 } as never);
    await db.put('feeds', { feedId: 'a', failures: 'many' } as never);
    expect((await listItems(db)).map((item) => item.key)).toEqual(['a1']);
    expect(await db.getAllKeys('items')).toEqual(['a1']);
    expect(await getFeedState(db, 'a')).toEqual({ feedId: 'a', failures: 0, nextPollAt: 0, health: 'never' });
    expect(await listFeedStates(db)).toEqual([]);
    expect((await readRepairs()).map((repair) => `${repair.key} ${repair.path}`)).toEqual([
      'idb:passerelle-news/items [bad]',
      'idb:passerelle-news/feeds [a]',
    ]);
    db.close();
  });

  it('reads a damaged sections index as none (the next refresh rebuilds it) and leaves out a damaged entry', async () => {
    const db = await openSectionsDb();
    await db.put('meta', { builtAt: 'yesterday' } as never, 'current');
    await db.put('entries', { id: 'canteen', title: 'Cantine', newUrl: 'https://intranet.example/cantine' });
    await db.put('entries', { id: 'bad', title: 3 } as never);
    expect(await loadMeta(db)).toBeUndefined();
    expect(await loadStoredSections(db)).toBeNull();
    expect((await loadEntries(db)).map((entry) => entry.id)).toEqual(['canteen']);
    db.close();
  });

  it('forgets an index description whose search data cannot be read', async () => {
    const db = await openSectionsDb();
    const meta = {
      builtAt: 1,
      format: 2,
      entryCount: 0,
      origin: { inlineKey: '' },
      search: '{not json',
      display: '{not json',
      issues: [],
      issueCount: 0,
    };
    await db.put('meta', meta, 'current');
    expect(await loadStoredSections(db)).toBeNull();
    expect(await db.get('meta', 'current')).toBeUndefined();
    expect((await readRepairs()).some((repair) => repair.key === 'idb:passerelle-sections/meta')).toBe(true);
    db.close();
  });
});
