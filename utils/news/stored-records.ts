/**
 * The news store's records, checked when read: a damaged item or feed state is left out and deleted (the next
 * poll brings the item back from its feed, the source of truth), and the repair is logged for the diagnostics.
 */
import { z } from 'zod';
import { recordRepairs } from '../storage-health/repairs';
import type { FeedState } from './feed-state';
import type { NEWS_DB_NAME, NewsDb, StoredItem } from './store';

const storedItemSchema = z.object({
  key: z.string(),
  feedId: z.string(),
  feedIds: z.array(z.string()),
  title: z.string(),
  url: z.string().optional(),
  publishedAt: z.number().optional(),
  categories: z.array(z.string()),
  important: z.boolean(),
  firstSeenAt: z.number(),
  sortAt: z.number(),
});

const feedStateSchema = z.object({
  feedId: z.string(),
  etag: z.string().optional(),
  lastModified: z.string().optional(),
  failures: z.number(),
  nextPollAt: z.number(),
  lastAttemptAt: z.number().optional(),
  lastSuccessAt: z.number().optional(),
  lastStatus: z.number().optional(),
  health: z.enum(['ok', 'never', 'signedOut', 'failing', 'refused']),
  refusal: z.string().optional(),
  message: z.string().optional(),
  serverHintMinutes: z.number().optional(),
  bodyDigest: z.string().optional(),
  windowOldestAt: z.number().optional(),
  lastCost: z.object({ parsed: z.boolean(), writes: z.number() }).optional(),
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
