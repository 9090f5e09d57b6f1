/**
 * The unread store, in IndexedDB through idb. Items and read marks are kept apart: an item leaves the store when
 * no feed shows it any more (or its feed keeps MAX_ITEMS_PER_FEED newer ones), but its read mark stays
 * READ_MARK_DAYS, so a post that a feed publishes again never comes back unread (slick-rss #60, Smart-RSS #181).
 * What counts as unread is decided when an item is first seen: see save-items.ts.
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import { NEWS_DB_NAME, NEWS_DB_VERSION } from './db-identity';
import { type FeedState, initialFeedState } from './feed-state';
import { DAY, READ_MARK_DAYS } from './retention';
import { upgradeNewsDb } from './store-migrations';
import { isStoredItem, keepValid } from './stored-records';
import type { NewsItem } from './types';

export { DAY, FIRST_SYNC_UNREAD_DAYS, MAX_ITEMS_PER_FEED, READ_MARK_DAYS } from './retention';
export { NEWS_DB_NAME, NEWS_DB_VERSION };

export interface StoredItem extends NewsItem {
  /** `feedId` is the first feed that showed the item; `feedIds` every feed whose last poll shows it. */
  feedIds: string[];
  firstSeenAt: number;
  /** The order of the list (newest first): publishedAt, else when first seen (see save-items.ts). */
  sortAt: number;
}

interface ReadMark {
  key: string;
  readAt: number;
}

export interface NewsDbSchema extends DBSchema {
  items: { key: string; value: StoredItem; indexes: { feedId: string; sortAt: number; feedIds: string } };
  reads: { key: string; value: ReadMark; indexes: { readAt: number } };
  feeds: { key: string; value: FeedState };
}

export type NewsDb = IDBPDatabase<NewsDbSchema>;

export function openNewsDb(name = NEWS_DB_NAME): Promise<NewsDb> {
  return openDB<NewsDbSchema>(name, NEWS_DB_VERSION, {
    upgrade: (db, oldVersion, _newVersion, transaction) => upgradeNewsDb(db, oldVersion, transaction),
  });
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

/** Marks every stored item read, or those one feed shows (an item two feeds show is read in both). */
export async function markAllRead(db: NewsDb, now: number, feedId?: string): Promise<void> {
  const items = feedId ? await db.getAllFromIndex('items', 'feedIds', feedId) : await db.getAll('items');
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

/** Drops the feeds no longer configured, and the items only they showed (read marks stay, in case they return). */
export async function removeFeedsExcept(db: NewsDb, feedIds: string[]): Promise<void> {
  const keep = new Set(feedIds);
  const tx = db.transaction(['items', 'feeds'], 'readwrite');
  const itemStore = tx.objectStore('items');
  for (const item of await itemStore.getAll()) {
    if (!isStoredItem(item)) continue; // listItems drops and logs it
    const kept = item.feedIds.filter((id) => keep.has(id));
    if (kept.length === item.feedIds.length) continue;
    const [first] = kept;
    if (first === undefined) await itemStore.delete(item.key);
    else await itemStore.put({ ...item, feedIds: kept, feedId: kept.includes(item.feedId) ? item.feedId : first });
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
