/**
 * Upgrades of the news database, one step per schema version, each keeping every item, read mark and feed state:
 * - 1 → 2: read flags kept on items (lost with the item) become read marks; items gain their sort date;
 * - 2 → 3 (0.1.0 → next): each item lists every feed that shows it (`feedIds`, so each feed is credited with it),
 *   and titles longer than STORED_TEXT_LIMITS.title are cut (older versions stored them whole).
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { NewsDbSchema, StoredItem } from './store';
import { capText, STORED_TEXT_LIMITS } from './text-limits';
import type { NewsItem } from './types';

type UpgradeTransaction = IDBPTransaction<NewsDbSchema, StoreNames<NewsDbSchema>[], 'versionchange'>;

/** Version 1 (first draft) kept a `read` flag on each item, lost with the item. */
interface StoredItemV1 extends NewsItem {
  read?: boolean;
  firstSeenAt?: number;
}

/** Version 2 (release 0.1.0): one owning feed per item. */
type StoredItemV2 = Omit<StoredItem, 'feedIds'> & { feedIds?: string[] };

export async function upgradeNewsDb(
  db: IDBPDatabase<NewsDbSchema>,
  oldVersion: number,
  transaction: UpgradeTransaction,
): Promise<void> {
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
  if (oldVersion < 3) {
    transaction.objectStore('items').createIndex('feedIds', 'feedIds', { multiEntry: true });
    await migrateV2toV3(transaction);
  }
}

async function migrateV1toV2(transaction: UpgradeTransaction): Promise<void> {
  const reads = transaction.objectStore('reads');
  let cursor = await transaction.objectStore('items').openCursor();
  while (cursor) {
    const old = cursor.value as unknown as StoredItemV1;
    const firstSeenAt = old.firstSeenAt ?? old.publishedAt ?? 0;
    if (old.read) await reads.put({ key: old.key, readAt: firstSeenAt });
    const { read: _read, ...item } = old;
    await cursor.update({ ...item, firstSeenAt, sortAt: item.publishedAt ?? firstSeenAt } as StoredItem);
    cursor = await cursor.continue();
  }
}

async function migrateV2toV3(transaction: UpgradeTransaction): Promise<void> {
  let cursor = await transaction.objectStore('items').openCursor();
  while (cursor) {
    const old = cursor.value as StoredItemV2;
    const title = typeof old.title === 'string' ? capText(old.title, STORED_TEXT_LIMITS.title) : '';
    await cursor.update({ ...old, title, feedIds: old.feedIds ?? [old.feedId] });
    cursor = await cursor.continue();
  }
}
