/** Garbage for the property tests: anything at all, or a good stored value with one part replaced by anything. */
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openNewsDb } from '@/utils/news/store';
import { openSectionsDb } from '@/utils/sections/store';
import { titlesOfStoredMeta } from '@/utils/sections/titles-record';
import { FIXTURE_0_1_0 } from './fixtures/load-0.1.0';

/** Replaces the n-th node (depth first, modulo the count) of `value` by `junk`. */
function replaceNode(value: unknown, n: number, junk: unknown): unknown {
  const nodes: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
  const walk = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return;
    for (const [key, child] of Object.entries(node)) {
      nodes.push({ parent: node as Record<string, unknown>, key: Array.isArray(node) ? Number(key) : key });
      walk(child);
    }
  };
  const copy: unknown = structuredClone(value);
  walk(copy);
  const target = nodes[n % Math.max(1, nodes.length)];
  if (!target) return junk;
  (target.parent as Record<string | number, unknown>)[target.key] = junk;
  return copy;
}

const junk = fc.oneof(fc.anything(), fc.constantFrom(null, undefined, '', 0, -1, [], {}, 'x', Number.NaN));

export function damaged(good: unknown): fc.Arbitrary<unknown> {
  return fc.oneof(
    junk,
    fc.tuple(fc.nat(), junk).map(([n, bad]) => replaceNode(good, n, bad)),
    fc.constant(good),
  );
}

const { local, idb } = FIXTURE_0_1_0;

/** A value for every key of storage.local (and its paint cache copy), each good, damaged or junk. */
export const damagedStorage = fc.record(
  Object.fromEntries(Object.entries(local).map(([key, good]) => [key, damaged(good)])) as Record<
    string,
    fc.Arbitrary<unknown>
  >,
);

const news = idb['passerelle-news'].stores;
const sections = idb['passerelle-sections'].stores;

export const damagedRecords = fc.record({
  items: fc.array(damaged(news.items[0]), { maxLength: 3 }),
  feeds: fc.array(damaged(news.feeds[0]), { maxLength: 2 }),
  entries: fc.array(damaged(sections.entries[0]), { maxLength: 3 }),
  meta: damaged(sections.meta[0]?.value),
  // What version 3 derives from that index (the popup reads it for its first pass).
  titles: damaged(sections.meta[0] && titlesOfStoredMeta(sections.meta[0].value)),
});

const keyed = (record: unknown, field: string, index: number) =>
  typeof record === 'object' && record !== null && !Array.isArray(record)
    ? { ...record, [field]: `${field}-${index}` }
    : { [field]: `${field}-${index}`, junk: record };

/** Writes the garbage: storage.local replaced whole, the databases' stores emptied and filled with it. */
export async function writeGarbage(
  storage: Record<string, unknown>,
  records: { items: unknown[]; feeds: unknown[]; entries: unknown[]; meta: unknown; titles: unknown },
): Promise<void> {
  await fakeBrowser.storage.local.clear();
  await fakeBrowser.storage.local.set(
    Object.fromEntries(Object.entries(storage).filter(([, value]) => value !== undefined)),
  );
  const newsDb = await openNewsDb();
  for (const store of ['items', 'feeds', 'reads'] as const) await newsDb.clear(store);
  // Records need their key to be stored at all; everything else about them is garbage.
  for (const [index, item] of records.items.entries()) await newsDb.put('items', keyed(item, 'key', index) as never);
  for (const [index, feed] of records.feeds.entries()) await newsDb.put('feeds', keyed(feed, 'feedId', index) as never);
  newsDb.close();
  const sectionsDb = await openSectionsDb();
  await sectionsDb.clear('entries');
  await sectionsDb.clear('meta');
  await sectionsDb.clear('titles');
  for (const [index, entry] of records.entries.entries())
    await sectionsDb.put('entries', keyed(entry, 'id', index) as never);
  if (records.meta !== undefined) await sectionsDb.put('meta', records.meta as never, 'current');
  if (records.titles !== undefined) await sectionsDb.put('titles', records.titles as never, 'current');
  sectionsDb.close();
}
