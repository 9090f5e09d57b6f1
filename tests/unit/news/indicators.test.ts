import { afterEach, describe, expect, it } from 'vitest';
import { type EffectiveConfig, EMPTY_CONFIG } from '@/utils/config/effective';
import type { IndicatorEvent } from '@/utils/indicators/types';
import { createNewsService } from '@/utils/news/service';
import { type NewsDb, openNewsDb } from '@/utils/news/store';
import en from '../../../public/_locales/en/messages.json';
import { catalogTranslator } from '../i18n/catalog-translator';
import { FEED_URL, RSS2 } from './fixtures/feeds';

/** The fixture's item 41 has no guid: its key is its link. */
const ITEM_41 = 'https://esn.example/news/41';
let counter = 0;
const opened: NewsDb[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const config: EffectiveConfig = {
  ...EMPTY_CONFIG,
  esn: { homeUrl: 'https://esn.example/' },
  feeds: [{ id: 'news', label: 'News', url: FEED_URL }],
};

/** The news service with a feed polled once; `events` is what it told the indicators, `steps` in what order. */
async function polled() {
  counter += 1;
  const db = await openNewsDb(`news-indicators-${counter}`);
  opened.push(db);
  const events: IndicatorEvent[] = [];
  const steps: string[] = [];
  const service = createNewsService({
    db: async () => db,
    config: async () => config,
    fetch: (async () => new Response(RSS2)) as typeof fetch,
    now: () => Date.UTC(2026, 10, 27, 9),
    random: () => 0.5,
    openTab: async () => {
      steps.push('tab');
    },
    setBadge: async () => {},
    scheduleWake: async () => {},
    publish: async () => {},
    t: catalogTranslator(en),
    language: 'en',
    record: async (event) => {
      events.push(event);
      steps.push(event.kind);
    },
  });
  await service.poll();
  return { service, events, steps };
}

const withoutAlternatives = (events: IndicatorEvent[]) =>
  events.map((event) => {
    if (event.kind !== 'newsView') return event;
    const { alternatives: _alternatives, ...rest } = event;
    return rest;
  });

describe('what the news tells the usage indicators', () => {
  it('an unread item opened from the news list: the post with its path, the path, and badge → news list → post', async () => {
    const { service, events, steps } = await polled();
    await service.openItem('news#42');
    expect(withoutAlternatives(events)).toEqual([
      { kind: 'newsView', feedId: 'news', itemId: 'news#42', title: expect.any(String), via: 'newsList' },
      { kind: 'path', from: 'newsList', to: 'news', id: 'news' },
      { kind: 'sequence', sequence: 'badge>newsList>post' },
    ]);
    // Counted before the tab opens, so that the tab visit that follows cannot claim the reading first.
    expect(steps.indexOf('newsView')).toBeLessThan(steps.indexOf('tab'));
    // Local noise may only pick among the same feed's items.
    const reading = events[0] as Extract<IndicatorEvent, { kind: 'newsView' }>;
    const alternatives = reading.alternatives?.map((item) => item.itemId) ?? [];
    expect(alternatives).toContain('news#42');
    expect(alternatives).toContain(ITEM_41);
    expect(new Set(alternatives).size).toBe(alternatives.length);
  });

  it('from a search result or a notification: that path, and no badge sequence', async () => {
    const { service, events } = await polled();
    await service.openItem(ITEM_41, 'search');
    await service.openItem('news#42', 'notification');
    expect(withoutAlternatives(events).filter((event) => event.kind !== 'newsView')).toEqual([
      { kind: 'path', from: 'search', to: 'news', id: 'news' },
      { kind: 'path', from: 'notification', to: 'news', id: 'news' },
    ]);
    expect(events.map((event) => (event.kind === 'newsView' ? event.via : null)).filter(Boolean)).toEqual([
      'search',
      'notification',
    ]);
  });

  it('a post read on the ESN in a tab counts as read there, read or not; other pages count nothing', async () => {
    const { service, events } = await polled();
    await service.onVisited('https://esn.example/elsewhere');
    expect(events).toEqual([]);
    await service.onVisited('https://esn.example/news/41#comments');
    await service.onVisited('https://esn.example/news/41');
    expect(withoutAlternatives(events)).toEqual([
      { kind: 'newsView', feedId: 'news', itemId: ITEM_41, title: expect.any(String), via: 'esnTab' },
      { kind: 'newsView', feedId: 'news', itemId: ITEM_41, title: expect.any(String), via: 'esnTab' },
    ]);
  });
});
