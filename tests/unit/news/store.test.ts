import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import {
  FIRST_SYNC_UNREAD_DAYS,
  listItems,
  MAX_ITEMS_PER_FEED,
  markAllRead,
  markRead,
  type NewsDb,
  openNewsDb,
  pruneReadMarks,
  READ_MARK_DAYS,
  removeFeedsExcept,
  saveFeedItems,
} from '@/utils/news/store';
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
      true,
    );
    expect(await unreadKeys(db)).toEqual(['new', 'edge']);
    expect(result.newUnread).toEqual(['new', 'edge']);
  });

  it('later syncs: new items are unread whatever their date, unless older than the read-mark horizon', async () => {
    const db = await freshDb();
    await saveFeedItems(db, 'a', [item('first', 1)], NOW, true);
    await saveFeedItems(
      db,
      'a',
      [item('backdated', 10), item('ancient', READ_MARK_DAYS + 1), item('first', 1)],
      NOW + DAY,
      false,
    );
    expect((await unreadKeys(db)).sort()).toEqual(['backdated', 'first']);
  });

  it('lists newest first', async () => {
    const db = await freshDb();
    await saveFeedItems(db, 'a', [item('b', 2), item('a', 1), item('c', 2.5)], NOW, false);
    expect((await listItems(db)).map((i) => i.key)).toEqual(['a', 'b', 'c']);
  });

  it('an edited item (same key, new title) does not come back unread', async () => {
    const db = await freshDb();
    await saveFeedItems(db, 'a', [item('x', 0)], NOW, false);
    await markRead(db, ['x'], NOW);
    await saveFeedItems(db, 'a', [item('x', 0, 'a', 'x (edited)')], NOW + 1000, false);
    const [stored] = await listItems(db);
    expect(stored).toMatchObject({ title: 'x (edited)', unread: false });
  });

  it(`keeps the newest ${MAX_ITEMS_PER_FEED} items per feed; an evicted read item returning stays read`, async () => {
    const db = await freshDb();
    const many = Array.from({ length: MAX_ITEMS_PER_FEED }, (_, i) => item(`k${i}`, 1 + i / 100));
    await saveFeedItems(db, 'a', many, NOW, false);
    await markAllRead(db, NOW);
    const newer = Array.from({ length: 5 }, (_, i) => item(`n${i}`, i / 100));
    await saveFeedItems(db, 'a', newer, NOW + DAY, false);
    const stored = await listItems(db);
    expect(stored).toHaveLength(MAX_ITEMS_PER_FEED);
    expect(stored.some((i) => i.key === 'k199')).toBe(false);
    // The feed publishes the evicted (read) item again: its read mark outlived it.
    await saveFeedItems(db, 'a', [item('k199', 0.001)], NOW + 2 * DAY, false);
    expect((await listItems(db)).find((i) => i.key === 'k199')?.unread).toBe(false);
  });

  it('merges the same item published by two feeds', async () => {
    const db = await freshDb();
    await saveFeedItems(db, 'a', [item('shared', 0)], NOW, false);
    await saveFeedItems(db, 'b', [item('shared', 0, 'b')], NOW, false);
    expect(await listItems(db)).toHaveLength(1);
  });

  it('mark all read, optionally for one feed', async () => {
    const db = await freshDb();
    await saveFeedItems(db, 'a', [item('a1', 0)], NOW, false);
    await saveFeedItems(db, 'b', [item('b1', 0, 'b')], NOW, false);
    await markAllRead(db, NOW, 'b');
    expect(await unreadKeys(db)).toEqual(['a1']);
    await markAllRead(db, NOW);
    expect(await unreadKeys(db)).toEqual([]);
  });

  it('prunes old read marks only for items no longer stored', async () => {
    const db = await freshDb();
    await saveFeedItems(db, 'a', [item('kept', 0)], NOW, false);
    await markRead(db, ['kept', 'gone'], NOW - (READ_MARK_DAYS + 1) * DAY);
    expect(await pruneReadMarks(db, NOW)).toBe(1);
    expect(await unreadKeys(db)).toEqual([]);
  });

  it('drops the items of feeds no longer configured', async () => {
    const db = await freshDb();
    await saveFeedItems(db, 'a', [item('a1', 0)], NOW, false);
    await saveFeedItems(db, 'b', [item('b1', 0, 'b')], NOW, false);
    await removeFeedsExcept(db, ['b']);
    expect((await listItems(db)).map((i) => i.key)).toEqual(['b1']);
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

  it('a fresh install creates the current schema', async () => {
    const db = await freshDb();
    expect([...db.objectStoreNames].sort()).toEqual(['feeds', 'items', 'reads']);
    expect(db.version).toBe(2);
  });
});
