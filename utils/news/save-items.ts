/**
 * Stores what one successful poll of a feed showed, and decides once, when an item is first seen, whether it is
 * news. The rule (README "What counts as unread", ADMIN.md):
 * - an item is unread until it has a read mark (opened, "mark all read", its page visited, or written here);
 * - a feed's first sync is backlog: only items published in the last FIRST_SYNC_UNREAD_DAYS days are unread;
 *   undated items are backlog too (read), listed after that sync's dated items, in feed order;
 * - after the first sync, an item never seen before is news (unread), except
 *   · a dated item older than every dated item the feed showed at its previous poll: an older post that slid into
 *     the feed's window because a newer one was deleted (counted read: no phantom unread);
 *   · a dated item older than the read-mark horizon (READ_MARK_DAYS);
 *   an undated new item is news, listed by when it was first seen;
 * - an item the feed no longer shows leaves the list; its read mark stays READ_MARK_DAYS, so a post that returns
 *   is read if it was read. A feed answering with no item at all is taken as a glitch: the list stays.
 * An edited item keeps its key, so its read mark. A record that has not changed is not written again.
 */
import type { IDBPObjectStore } from 'idb';
import {
  DAY,
  FIRST_SYNC_UNREAD_DAYS,
  MAX_ITEMS_PER_FEED,
  type NewsDb,
  type NewsDbSchema,
  READ_MARK_DAYS,
  type StoredItem,
} from './store';
import { isStoredItem } from './stored-records';
import type { NewsItem } from './types';

interface SaveOptions {
  firstSync: boolean;
  /** The oldest date among what the feed showed at its previous poll (FeedState.windowOldestAt), if known. */
  windowOldestAt?: number;
}

export interface SaveResult {
  /** Keys seen for the first time and unread (candidates for a notification). */
  newUnread: string[];
  /** Item records written or deleted, and read marks written: what this poll cost the store. */
  writes: number;
  /** The oldest date among the items stored for this feed now (the next poll's windowOldestAt). */
  windowOldestAt?: number;
}

const oldestDate = (items: Array<Pick<NewsItem, 'publishedAt'>>): number | undefined => {
  const dates = items.flatMap((item) => (item.publishedAt === undefined ? [] : [item.publishedAt]));
  return dates.length === 0 ? undefined : Math.min(...dates);
};

/** The newest MAX_ITEMS_PER_FEED of what the feed shows (undated ones count as newest: they may be news). */
function window(items: NewsItem[]): NewsItem[] {
  if (items.length <= MAX_ITEMS_PER_FEED) return items;
  const order = (item: NewsItem) => item.publishedAt ?? Number.POSITIVE_INFINITY;
  return [...items].sort((a, b) => order(b) - order(a)).slice(0, MAX_ITEMS_PER_FEED);
}

function sameRecord(a: StoredItem, b: StoredItem): boolean {
  return (
    a.feedId === b.feedId &&
    a.title === b.title &&
    a.url === b.url &&
    a.publishedAt === b.publishedAt &&
    a.important === b.important &&
    a.firstSeenAt === b.firstSeenAt &&
    a.sortAt === b.sortAt &&
    a.feedIds.join('\n') === b.feedIds.join('\n') &&
    a.categories.join('\n') === b.categories.join('\n')
  );
}

function isBacklog(item: NewsItem, now: number, options: SaveOptions): boolean {
  const published = item.publishedAt;
  if (published === undefined) return options.firstSync;
  if (published < now - READ_MARK_DAYS * DAY) return true;
  if (options.firstSync) return published < now - FIRST_SYNC_UNREAD_DAYS * DAY;
  return options.windowOldestAt !== undefined && published < options.windowOldestAt;
}

export async function saveFeedItems(
  db: NewsDb,
  feedId: string,
  feedItems: NewsItem[],
  now: number,
  options: SaveOptions,
): Promise<SaveResult> {
  const items = window(feedItems);
  const tx = db.transaction(['items', 'reads'], 'readwrite');
  const itemStore = tx.objectStore('items');
  const readStore = tx.objectStore('reads');
  // A damaged record (crash mid-write, older bug) is treated as absent: the feed's copy overwrites it.
  const previous = (await itemStore.index('feedIds').getAll(feedId)).filter(isStoredItem);
  const windowOldestAt = options.windowOldestAt ?? oldestDate(previous);
  const rule: SaveOptions = { ...options, ...(windowOldestAt === undefined ? {} : { windowOldestAt }) };
  const backlogBase = (oldestDate(items) ?? now) - 1;
  const result: SaveResult = { newUnread: [], writes: 0 };
  const shown = new Set<string>();
  let undatedIndex = 0;
  for (const item of items) {
    shown.add(item.key);
    const undatedRank = item.publishedAt === undefined ? undatedIndex++ : 0;
    const stored = await itemStore.get(item.key);
    const existing = isStoredItem(stored) ? stored : undefined;
    if (existing) {
      const feedIds = existing.feedIds.includes(feedId) ? existing.feedIds : [...existing.feedIds, feedId];
      const sortAt = item.publishedAt ?? (existing.publishedAt === undefined ? existing.sortAt : existing.firstSeenAt);
      const next = { ...item, feedId: existing.feedId, feedIds, firstSeenAt: existing.firstSeenAt, sortAt };
      if (!sameRecord(existing, next)) {
        await itemStore.put(next);
        result.writes += 1;
      }
      continue;
    }
    const undatedSortAt = options.firstSync ? backlogBase - undatedRank : now - undatedRank;
    await itemStore.put({
      ...item,
      feedId,
      feedIds: [feedId],
      firstSeenAt: now,
      sortAt: item.publishedAt ?? undatedSortAt,
    });
    result.writes += 1;
    if (await readStore.getKey(item.key)) continue;
    if (isBacklog(item, now, rule)) {
      await readStore.put({ key: item.key, readAt: now });
      result.writes += 1;
    } else result.newUnread.push(item.key);
  }
  if (items.length > 0) result.writes += await dropUnshown(itemStore, previous, shown, feedId);
  await tx.done;
  const stored = items.length > 0 ? oldestDate(items) : windowOldestAt;
  return stored === undefined ? result : { ...result, windowOldestAt: stored };
}

type ItemStore = IDBPObjectStore<NewsDbSchema, ('items' | 'reads')[], 'items', 'readwrite'>;

/** The feed's previous items it no longer shows: they leave the feed, and the store when no other feed shows them. */
async function dropUnshown(
  store: ItemStore,
  previous: StoredItem[],
  shown: Set<string>,
  feedId: string,
): Promise<number> {
  let writes = 0;
  for (const item of previous) {
    if (shown.has(item.key)) continue;
    const feedIds = item.feedIds.filter((id) => id !== feedId);
    const [first] = feedIds;
    if (first === undefined) await store.delete(item.key);
    else await store.put({ ...item, feedIds, feedId: feedIds.includes(item.feedId) ? item.feedId : first });
    writes += 1;
  }
  return writes;
}
