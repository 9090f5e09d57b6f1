/**
 * The news store's records, checked when read: a damaged item or feed state is left out and deleted (the next
 * poll brings the item back from its feed, the source of truth), and the repair is logged for the diagnostics.
 */
import * as z from 'zod/mini';
import { recordRepairs } from '../storage-health/repairs';
import type { FeedState } from './feed-state';
import type { NEWS_DB_NAME, NewsDb, StoredItem } from './store';

const storedItemSchema = z.object({
  key: z.string(),
  feedId: z.string(),
  feedIds: z.array(z.string()),
  title: z.string(),
  url: z.optional(z.string()),
  publishedAt: z.optional(z.number()),
  categories: z.array(z.string()),
  important: z.boolean(),
  firstSeenAt: z.number(),
  sortAt: z.number(),
});

const feedStateSchema = z.object({
  feedId: z.string(),
  etag: z.optional(z.string()),
  lastModified: z.optional(z.string()),
  failures: z.number(),
  nextPollAt: z.number(),
  lastAttemptAt: z.optional(z.number()),
  lastSuccessAt: z.optional(z.number()),
  lastStatus: z.optional(z.number()),
  health: z.enum(['ok', 'never', 'signedOut', 'failing', 'refused']),
  refusal: z.optional(z.string()),
  message: z.optional(z.string()),
  serverHintMinutes: z.optional(z.number()),
  bodyDigest: z.optional(z.string()),
  windowOldestAt: z.optional(z.number()),
  lastCost: z.optional(z.object({ parsed: z.boolean(), writes: z.number() })),
});

/** Whether a stored item has the shape the store writes (the save path overwrites one that has not). */
export function isStoredItem(record: unknown): record is StoredItem {
  return storedItemSchema.safeParse(record).success;
}

type NewsStore = 'items' | 'feeds';
const SCHEMAS = { items: storedItemSchema, feeds: feedStateSchema };
const KEY_FIELDS = { items: 'key', feeds: 'feedId' } as const;

const newsStoreKey = (store: NewsStore) => `idb:${'passerelle-news' satisfies typeof NEWS_DB_NAME}/${store}`;

/** Keeps the records of the right shape; deletes and logs the others. */
export async function keepValid<S extends NewsStore>(
  db: NewsDb,
  store: S,
  records: unknown[],
): Promise<(S extends 'items' ? StoredItem : FeedState)[]> {
  const kept: unknown[] = [];
  const dropped: { path: string; reason: string; key: unknown }[] = [];
  for (const [index, record] of records.entries()) {
    const parsed = SCHEMAS[store].safeParse(record);
    if (parsed.success) kept.push(record);
    else {
      const key = (record as Record<string, unknown> | null)?.[KEY_FIELDS[store]];
      dropped.push({
        path: `[${typeof key === 'string' ? key : index}]`,
        reason: parsed.error.issues[0]?.message ?? 'invalid',
        key,
      });
    }
  }
  if (dropped.length > 0) {
    await recordRepairs(newsStoreKey(store), dropped);
    const tx = db.transaction(store, 'readwrite');
    for (const { key } of dropped) if (typeof key === 'string') await tx.store.delete(key);
    await tx.done;
  }
  return kept as (S extends 'items' ? StoredItem : FeedState)[];
}
