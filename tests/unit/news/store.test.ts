import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { saveFeedItems } from '@/utils/news/save-items';
import {
  FIRST_SYNC_UNREAD_DAYS,
  listItems,
  MAX_ITEMS_PER_FEED,
  markAllRead,
  markRead,
  NEWS_DB_VERSION,
  type NewsDb,
  openNewsDb,
  pruneReadMarks,
  READ_MARK_DAYS,
  removeFeedsExcept,
} from '@/utils/news/store';
import { STORED_TEXT_LIMITS } from '@/utils/news/text-limits';
import type { NewsItem } from '@/utils/news/types';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 27, 9);
let counter = 0;
const opened: NewsDb[] = [];

async function freshDb(): Promise<NewsDb> {
  counter += 1;
  const db = await openNewsDb(`news-test-${counter}`);
  opened.push(db);
  return db;
}

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

function item(key: string, ageDays: number | undefined, feedId = 'a', title = key): NewsItem {
  return {
    key,
    feedId,
    title,
    url: `https://esn.example/${key}`,
    ...(ageDays === undefined ? {} : { publishedAt: NOW - ageDays * DAY }),
    categories: [],
    important: false,
  };
}

const unreadKeys = async (db: NewsDb) => (await listItems(db)).filter((i) => i.unread).map((i) => i.key);

describe('news store', () => {
  it(`first sync: only items of the last ${FIRST_SYNC_UNREAD_DAYS} days are unread (undated ones are old)`, async () => {
    const db = await freshDb();
    const result = await saveFeedItems(
      db,
      'a',
      [item('new', 1), item('edge', 2.9), item('old', 4), item('undated', undefined)],
      NOW,
      { firstSync: true },
    );
    expect(await unreadKeys(db)).toEqual(['new', 'edge']);
    expect(result.newUnread).toEqual(['new', 'edge']);
  });

  it('later syncs: new items are unread, unless older than what the feed showed or than the horizon', async () => {
    const db = await freshDb();
    await saveFeedItems(db, 'a', [item('first', 1), item('second', 2)], NOW, { firstSync: true });
    await saveFeedItems(
      db,
      'a',
      [item('late', 1.5), item('slid-in', 10), item('ancient', READ_MARK_DAYS + 1), item('first', 1)],
      NOW + DAY,
      { firstSync: false },
    );
    // "late" is dated among what the feed showed (published late, or backdated): news. "second" left the feed.
    expect((await unreadKeys(db)).sort()).toEqual(['first', 'late']);
  });

  it('lists newest first', async () => {
    const db = await freshDb();
    await saveFeedItems(db, 'a', [item('b', 2), item('a', 1), item('c', 2.5)], NOW, { firstSync: false });
    expect((await listItems(db)).map((i) => i.key)).toEqual(['a', 'b', 'c']);
  });

  it('an edited item (same key, new title) does not come back unread', async () => {
    const db = await freshDb();
    await saveFeedItems(db, 'a', [item('x', 0)], NOW, { firstSync: false });
    await markRead(db, ['x'], NOW);
    await saveFeedItems(db, 'a', [item('x', 0, 'a', 'x (edited)')], NOW + 1000, { firstSync: false });
    const [stored] = await listItems(db);
    expect(stored).toMatchObject({ title: 'x (edited)', unread: false });
  });

  it(`keeps the newest ${MAX_ITEMS_PER_FEED} items per feed; an evicted read item returning stays read`, async () => {
    const db = await freshDb();
    const many = Array.from({ length: MAX_ITEMS_PER_FEED }, (_, i) => item(`k${i}`, 1 + i / 100));
    await saveFeedItems(db, 'a', many, NOW, { firstSync: false });
    await markAllRead(db, NOW);
    const newer = Array.from({ length: 5 }, (_, i) => item(`n${i}`, i / 100));
    await saveFeedItems(db, 'a', [...newer, ...many], NOW + DAY, { firstSync: false });
    const stored = await listItems(db);
    expect(stored).toHaveLength(MAX_ITEMS_PER_FEED);
    expect(stored.some((i) => i.key === 'k199')).toBe(false);
    // The feed publishes the evicted (read) item again: its read mark outlived it.
    await saveFeedItems(db, 'a', [item('k199', 0.001)], NOW + 2 * DAY, { firstSync: false });
    expect((await listItems(db)).find((i) => i.key === 'k199')?.unread).toBe(false);
  });

  it('merges the same item published by two feeds, and remembers both', async () => {
    const db = await freshDb();
    await saveFeedItems(db, 'a', [item('shared', 0)], NOW, { firstSync: false });
    await saveFeedItems(db, 'b', [item('shared', 0, 'b')], NOW, { firstSync: false });
    expect((await listItems(db)).map((i) => [i.feedId, i.feedIds])).toEqual([['a', ['a', 'b']]]);
  });

  it('mark all read, optionally for one feed', async () => {
    const db = await freshDb();
    await saveFeedItems(db, 'a', [item('a1', 0)], NOW, { firstSync: false });
    await saveFeedItems(db, 'b', [item('b1', 0, 'b')], NOW, { firstSync: false });
    await markAllRead(db, NOW, 'b');
    expect(await unreadKeys(db)).toEqual(['a1']);
    await markAllRead(db, NOW);
    expect(await unreadKeys(db)).toEqual([]);
  });

  it('prunes old read marks only for items no longer stored', async () => {
    const db = await freshDb();
    await saveFeedItems(db, 'a', [item('kept', 0)], NOW, { firstSync: false });
    await markRead(db, ['kept', 'gone'], NOW - (READ_MARK_DAYS + 1) * DAY);
    expect(await pruneReadMarks(db, NOW)).toBe(1);
    expect(await unreadKeys(db)).toEqual([]);
  });

  it('drops the items of feeds no longer configured; a shared item stays with the feed that remains', async () => {
    const db = await freshDb();
    await saveFeedItems(db, 'a', [item('a1', 0), item('shared', 1)], NOW, { firstSync: false });
    await saveFeedItems(db, 'b', [item('b1', 0, 'b'), item('shared', 1)], NOW, { firstSync: false });
    await removeFeedsExcept(db, ['b']);
    expect((await listItems(db)).map((i) => [i.key, i.feedId, i.feedIds])).toEqual([
      ['b1', 'b', ['b']],
      ['shared', 'b', ['b']],
    ]);
  });
});

describe('news store migrations', () => {
  it('v1 → v2: read flags become read marks, items gain their sort date', async () => {
    const name = 'news-migration-v1';
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('items', { keyPath: 'key' }).createIndex('feedId', 'feedId');
        db.createObjectStore('feeds', { keyPath: 'feedId' });
      },
    });
    await v1.put('items', { ...item('read-one', 1), read: true, firstSeenAt: NOW });
    await v1.put('items', { ...item('unread-one', 2), read: false });
    v1.close();

    const db = await openNewsDb(name);
    opened.push(db);
    const items = await listItems(db);
    expect(items.map((i) => [i.key, i.unread])).toEqual([
      ['read-one', false],
      ['unread-one', true],
    ]);
    expect(items[1]?.sortAt).toBe(NOW - 2 * DAY);
    expect(items[0]).not.toHaveProperty('read');
  });

  it('v2 (release 0.1.0) → v3: every item, read mark and feed state is kept; items list their feed', async () => {
    const name = 'news-migration-v2';
    // Exactly what 0.1.0 wrote: its schema, an item per feed, a read mark, a feed state with validators.
    const v2 = await openDB(name, 2, {
      upgrade(db) {
        const items = db.createObjectStore('items', { keyPath: 'key' });
        items.createIndex('feedId', 'feedId');
        items.createIndex('sortAt', 'sortAt');
        db.createObjectStore('feeds', { keyPath: 'feedId' });
        db.createObjectStore('reads', { keyPath: 'key' }).createIndex('readAt', 'readAt');
      },
    });
    const longTitle = 'x'.repeat(200_000);
    await v2.put('items', { ...item('read-one', 1), firstSeenAt: NOW, sortAt: NOW - DAY });
    await v2.put('items', { ...item('unread-one', 2, 'b', longTitle), firstSeenAt: NOW, sortAt: NOW - 2 * DAY });
    await v2.put('reads', { key: 'read-one', readAt: NOW });
    await v2.put('reads', { key: 'gone-but-read', readAt: NOW });
    const state = { feedId: 'a', etag: '"v1"', failures: 0, nextPollAt: NOW, lastSuccessAt: NOW, health: 'ok' };
    await v2.put('feeds', state);
    v2.close();

    const db = await openNewsDb(name);
    opened.push(db);
    const items = await listItems(db);
    expect(items.map((i) => [i.key, i.unread, i.feedIds, i.sortAt])).toEqual([
      ['read-one', false, ['a'], NOW - DAY],
      ['unread-one', true, ['b'], NOW - 2 * DAY],
    ]);
    expect(items[1]?.title).toHaveLength(STORED_TEXT_LIMITS.title);
    expect(items[1]?.title.endsWith('…')).toBe(true);
    expect(await db.getAllKeys('reads')).toEqual(['gone-but-read', 'read-one']);
    expect(await db.get('feeds', 'a')).toEqual(state);
    expect((await db.getAllFromIndex('items', 'feedIds', 'b')).map((i) => i.key)).toEqual(['unread-one']);
  });

  it('a fresh install creates the current schema', async () => {
    const db = await freshDb();
    expect([...db.objectStoreNames].sort()).toEqual(['feeds', 'items', 'reads']);
    expect(db.version).toBe(NEWS_DB_VERSION);
    expect([...db.transaction('items').store.indexNames].sort()).toEqual(['feedId', 'feedIds', 'sortAt']);
  });
});
