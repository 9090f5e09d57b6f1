/**
 * What the news capability tells the usage indicators: a post read (from which entry point, or on the ESN in a
 * tab), the path to it, and the "badge → news list → post" sequence. A no-op unless IT turned indicators on.
 */
import type { IndicatorEvent } from '../indicators/types';
import type { EntryPoint, PostVia } from '../indicators/vocabulary';
import type { ItemWithState, StoredItem } from './store';

type Record = (event: IndicatorEvent) => Promise<void>;

/** The feed's other items: where local noise may move a reading (see utils/indicators/noise.ts). */
function readingOf(items: readonly ItemWithState[], item: StoredItem, via: PostVia): IndicatorEvent {
  const alternatives = items
    .filter((other) => other.feedId === item.feedId)
    .map((other) => ({ itemId: other.key, title: other.title }));
  return { kind: 'newsView', feedId: item.feedId, itemId: item.key, title: item.title, via, alternatives };
}

/** An item opened from Passerelle. An unread item chosen in the news list was announced by the badge. */
export async function recordOpening(
  record: Record,
  items: readonly ItemWithState[],
  item: StoredItem,
  from: EntryPoint,
): Promise<void> {
  const unread = items.some((other) => other.key === item.key && other.unread);
  await record(readingOf(items, item, from));
  await record({ kind: 'path', from, to: 'news', id: item.feedId });
  if (from === 'newsList' && unread) await record({ kind: 'sequence', sequence: 'badge>newsList>post' });
}

/** Items read on the ESN in a tab: counted as read there, unless Passerelle opened them today already. */
export async function recordTabReading(record: Record, items: readonly ItemWithState[], keys: readonly string[]) {
  for (const item of items) if (keys.includes(item.key)) await record(readingOf(items, item, 'esnTab'));
}
