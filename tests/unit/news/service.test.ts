import { afterEach, describe, expect, it } from 'vitest';
import { type EffectiveConfig, EMPTY_CONFIG } from '@/utils/config/effective';
import type { Badge } from '@/utils/news/badge';
import { createNewsService } from '@/utils/news/service';
import type { NewsSlice } from '@/utils/news/slice';
import { type NewsDb, openNewsDb } from '@/utils/news/store';
import en from '../../../public/_locales/en/messages.json';
import { catalogTranslator } from '../i18n/catalog-translator';
import { FEED_URL, RSS2 } from './fixtures/feeds';

const NOW = Date.UTC(2026, 10, 27, 9);
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

async function setup(responses: Array<() => Response>, cfg = config) {
  counter += 1;
  const db = await openNewsDb(`service-${counter}`);
  opened.push(db);
  const out = {
    slices: [] as NewsSlice[],
    badges: [] as Badge[],
    tabs: [] as string[],
    wakes: [] as Array<number | null>,
    requests: 0,
  };
  let now = NOW;
  const service = createNewsService({
    db: async () => db,
    config: async () => cfg,
    fetch: (async () => {
      out.requests += 1;
      const next = responses.shift();
      if (!next) throw new TypeError('Failed to fetch');
      return next();
    }) as typeof fetch,
    now: () => now,
    random: () => 0.5,
    openTab: async (url, disposition) => {
      out.tabs.push(`${disposition} ${url}`);
    },
    setBadge: async (badge) => {
      out.badges.push(badge);
    },
    scheduleWake: async (when) => {
      out.wakes.push(when);
    },
    publish: async (slice) => {
      out.slices.push(slice);
    },
    t: catalogTranslator(en),
    language: 'en',
  });
  return { service, out, advance: (ms: number) => (now += ms) };
}

const feed = () => new Response(RSS2, { headers: { ETag: '"1"' } });

describe('news service', () => {
  it('polls due feeds, publishes the slice and the badge, and sets the next alarm', async () => {
    const { service, out } = await setup([feed]);
    await service.poll();
    expect(out.slices.at(-1)).toMatchObject({ unreadCount: 3, status: 'ok', signInUrl: 'https://esn.example/' });
    expect(out.badges.at(-1)?.text).toBe('3');
    expect(out.wakes.at(-1)).toBe(NOW + 15 * 60_000);
    await service.poll();
    expect(out.requests).toBe(1);
  });

  it('opening an item opens its page (in a new tab unless asked otherwise) and lowers the count by one', async () => {
    const { service, out } = await setup([feed]);
    await service.poll();
    await service.openItem('news#42');
    expect(out.tabs).toEqual(['newTab https://esn.example/news/42']);
    expect(out.badges.at(-1)?.text).toBe('2');
    await service.openItem('https://esn.example/news/41', 'search', 'backgroundTab');
    expect(out.tabs).toEqual(['newTab https://esn.example/news/42', 'backgroundTab https://esn.example/news/41']);
    expect(out.badges.at(-1)?.text).toBe('1');
  });

  it('a visit to an item page in any tab marks it read; other pages change nothing', async () => {
    const { service, out } = await setup([feed]);
    await service.poll();
    const published = out.slices.length;
    await service.onVisited('https://esn.example/elsewhere');
    expect(out.slices).toHaveLength(published);
    await service.onVisited('https://esn.example/news/41#comments');
    expect(out.slices.at(-1)?.unreadCount).toBe(2);
  });

  it('refresh forces a poll; failures mark the badge and keep the news', async () => {
    const { service, out } = await setup([feed, () => new Response('x', { status: 500 })]);
    await service.poll();
    await service.poll(true);
    expect(out.slices.at(-1)).toMatchObject({ unreadCount: 3, status: 'failing' });
    expect(out.badges.at(-1)?.text).toBe('3!');
  });

  it('on browser start, polls a feed whose data is older than the interval', async () => {
    const { service, out, advance } = await setup([feed, feed]);
    await service.poll();
    advance(10 * 60_000);
    await service.onStartup();
    expect(out.requests).toBe(1);
    advance(10 * 60_000);
    await service.onStartup();
    expect(out.requests).toBe(2);
  });

  it('does nothing and clears the badge when news is off', async () => {
    const off = { ...config, features: { ...config.features, news: false } };
    const { service, out } = await setup([feed], off);
    await service.poll();
    expect(out.requests).toBe(0);
    expect(out.badges.at(-1)?.text).toBe('');
    expect(out.wakes.at(-1)).toBeNull();
  });
});
