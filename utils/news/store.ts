/**
 * The unread store, in IndexedDB through idb. Items and read marks are kept apart: an item leaves the store when
 * its feed has more than MAX_ITEMS_PER_FEED newer ones, but its read mark stays READ_MARK_DAYS, so an old item
 * that a feed publishes again never comes back unread (slick-rss #60, Smart-RSS #181).
 *
 * Unread rule: an item is unread until it has a read mark. Marks are written when the user opens an item, marks
 * all read, visits its page, and by the store itself for:
 * - the first sync of a feed: only items published in the last FIRST_SYNC_UNREAD_DAYS days count as unread
 *   (undated items count as old), so a new install does not greet the user with "99+";
 * - items published before the read-mark horizon (READ_MARK_DAYS): their mark may have expired, they are old.
 * An edited item keeps its key, so its read mark: it does not come back unread.
 */
import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB, type StoreNames } from 'idb';
import { type FeedState, initialFeedState } from './feed-state';
import { keepValid } from './stored-records';
import type { NewsItem } from './types';

export const NEWS_DB_NAME = 'passerelle-news';
export const NEWS_DB_VERSION = 2;
export const MAX_ITEMS_PER_FEED = 200;
export const READ_MARK_DAYS = 180;
export const FIRST_SYNC_UNREAD_DAYS = 3;
const DAY = 86_400_000;

export interface StoredItem extends NewsItem {
  firstSeenAt: number;
  /** publishedAt, else firstSeenAt: the order of the list (newest first). */
  sortAt: number;
}

export interface ReadMark {
  key: string;
  readAt: number;
}

/** Version 1 (first draft) kept a `read` flag on each item, lost with the item: see migrateV1toV2. */
export interface StoredItemV1 extends NewsItem {
  read?: boolean;
  firstSeenAt?: number;
}

export interface NewsDbSchema extends DBSchema {
  items: { key: string; value: StoredItem; indexes: { feedId: string; sortAt: number } };
  reads: { key: string; value: ReadMark; indexes: { readAt: number } };
  feeds: { key: string; value: FeedState };
}

export type NewsDb = IDBPDatabase<NewsDbSchema>;

export function openNewsDb(name = NEWS_DB_NAME): Promise<NewsDb> {
  return openDB<NewsDbSchema>(name, NEWS_DB_VERSION, {
    async upgrade(db, oldVersion, _newVersion, transaction) {
      if (oldVersion < 1) {
        const items = db.createObjectStore('items', { keyPath: 'key' });
        items.createIndex('feedId', 'feedId');
        db.createObjectStore('feeds', { keyPath: 'feedId' });
      }
      if (oldVersion < 2) {
        db.createObjectStore('reads', { keyPath: 'key' }).createIndex('readAt', 'readAt');
        transaction.objectStore('items').createIndex('sortAt', 'sortAt');
        await migrateV1toV2(transaction);
      }
    },
  });
}

/** Moves v1 read flags to read marks and fills the fields v2 sorts on. */
async function migrateV1toV2(
  transaction: IDBPTransaction<NewsDbSchema, StoreNames<NewsDbSchema>[], 'versionchange'>,
): Promise<void> {
  const reads = transaction.objectStore('reads');
  let cursor = await transaction.objectStore('items').openCursor();
  while (cursor) {
    const old = cursor.value as StoredItemV1;
    const firstSeenAt = old.firstSeenAt ?? old.publishedAt ?? 0;
    if (old.read) await reads.put({ key: old.key, readAt: firstSeenAt });
    const { read: _read, ...item } = old;
    await cursor.update({ ...item, firstSeenAt, sortAt: item.publishedAt ?? firstSeenAt });
    cursor = await cursor.continue();
  }
}

export interface SaveResult {
  /** Keys seen for the first time and unread (candidates for a notification). */
  newUnread: string[];
}

/**
 * Stores a successful poll's items for one feed, marks the old ones read (first sync, horizon), then keeps only
 * the newest MAX_ITEMS_PER_FEED of that feed. An item already stored under another feed (same key) stays one item.
 */
export async function saveFeedItems(
  db: NewsDb,
  feedId: string,
  items: NewsItem[],
  now: number,
  firstSync: boolean,
): Promise<SaveResult> {
  const tx = db.transaction(['items', 'reads'], 'readwrite');
  const itemStore = tx.objectStore('items');
  const readStore = tx.objectStore('reads');
  const newUnread: string[] = [];
  for (const item of items) {
    const existing = await itemStore.get(item.key);
    const firstSeenAt = existing?.firstSeenAt ?? now;
    const owner = existing && existing.feedId !== feedId ? existing.feedId : feedId;
    await itemStore.put({ ...item, feedId: owner, firstSeenAt, sortAt: item.publishedAt ?? firstSeenAt });
    if (existing) continue;
    const published = item.publishedAt ?? Number.NEGATIVE_INFINITY;
    const old = published < now - READ_MARK_DAYS * DAY || (firstSync && published < now - FIRST_SYNC_UNREAD_DAYS * DAY);
    const mark = await readStore.get(item.key);
    if (old && !mark) await readStore.put({ key: item.key, readAt: now });
    else if (!old && !mark) newUnread.push(item.key);
  }
  const feedItems = await itemStore.index('feedId').getAll(feedId);
  feedItems.sort((a, b) => b.sortAt - a.sortAt);
  for (const stale of feedItems.slice(MAX_ITEMS_PER_FEED)) await itemStore.delete(stale.key);
  await tx.done;
  return { newUnread: newUnread.filter((key) => feedItems.slice(0, MAX_ITEMS_PER_FEED).some((i) => i.key === key)) };
}

export interface ItemWithState extends StoredItem {
  unread: boolean;
}

/** All stored items, newest first, with their unread flag. */
export async function listItems(db: NewsDb): Promise<ItemWithState[]> {
  const tx = db.transaction(['items', 'reads']);
  const [items, readKeys] = await Promise.all([
    tx.objectStore('items').index('sortAt').getAll(),
    tx.objectStore('reads').getAllKeys(),
  ]);
  await tx.done;
  const read = new Set(readKeys);
  return (await keepValid(db, 'items', items)).reverse().map((item) => ({ ...item, unread: !read.has(item.key) }));
}

export async function markRead(db: NewsDb, keys: string[], now: number): Promise<void> {
  const tx = db.transaction('reads', 'readwrite');
  for (const key of keys) await tx.store.put({ key, readAt: now });
  await tx.done;
}

export async function markAllRead(db: NewsDb, now: number, feedId?: string): Promise<void> {
  const items = feedId ? await db.getAllFromIndex('items', 'feedId', feedId) : await db.getAll('items');
  const tx = db.transaction('reads', 'readwrite');
  for (const item of items) {
    if (!(await tx.store.getKey(item.key))) await tx.store.put({ key: item.key, readAt: now });
  }
  await tx.done;
}

/** Finds stored items whose page is `url` (a visit on the ESN marks them read). */
export async function keysForUrl(db: NewsDb, url: string): Promise<string[]> {
  const items = await db.getAll('items');
  return items.filter((item) => item.url === url).map((item) => item.key);
}

/**
 * Forgets read marks older than READ_MARK_DAYS whose item is no longer stored: an item that is still listed
 * keeps its mark however old, and an item published before the horizon is marked read again if it returns.
 */
export async function pruneReadMarks(db: NewsDb, now: number): Promise<number> {
  const tx = db.transaction(['reads', 'items'], 'readwrite');
  const items = tx.objectStore('items');
  let removed = 0;
  let cursor = await tx
    .objectStore('reads')
    .index('readAt')
    .openCursor(IDBKeyRange.upperBound(now - READ_MARK_DAYS * DAY));
  while (cursor) {
    if (!(await items.getKey(cursor.value.key))) {
      await cursor.delete();
      removed += 1;
    }
    cursor = await cursor.continue();
  }
  await tx.done;
  return removed;
}

/** Drops the items of feeds no longer configured (their read marks stay, in case the feed comes back). */
export async function removeFeedsExcept(db: NewsDb, feedIds: string[]): Promise<void> {
  const keep = new Set(feedIds);
  const tx = db.transaction(['items', 'feeds'], 'readwrite');
  for (const item of await tx.objectStore('items').getAll()) {
    if (!keep.has(item.feedId)) await tx.objectStore('items').delete(item.key);
  }
  for (const feedId of await tx.objectStore('feeds').getAllKeys()) {
    if (!keep.has(feedId)) await tx.objectStore('feeds').delete(feedId);
  }
  await tx.done;
}

export async function getFeedState(db: NewsDb, feedId: string): Promise<FeedState> {
  const [stored] = await keepValid(db, 'feeds', [await db.get('feeds', feedId)].filter(Boolean));
  return stored ?? initialFeedState(feedId);
}

export async function putFeedState(db: NewsDb, state: FeedState): Promise<void> {
  await db.put('feeds', state);
}

export async function listFeedStates(db: NewsDb): Promise<FeedState[]> {
  return keepValid(db, 'feeds', await db.getAll('feeds'));
}
