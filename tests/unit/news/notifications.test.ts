import { afterEach, describe, expect, it } from 'vitest';
import { type EffectiveConfig, EMPTY_CONFIG } from '@/utils/config/effective';
import type { NotificationPlan, NotifyState } from '@/utils/news/notify';
import { createNewsService } from '@/utils/news/service';
import { type NewsDb, openNewsDb } from '@/utils/news/store';
import en from '../../../public/_locales/en/messages.json';
import { catalogTranslator } from '../i18n/catalog-translator';

const NOW = Date.UTC(2026, 10, 27, 9);
const FEED_URL = 'https://esn.example/feeds/news.rss';
let counter = 0;
const opened: NewsDb[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const config: EffectiveConfig = {
  ...EMPTY_CONFIG,
  features: { ...EMPTY_CONFIG.features, notifications: true },
  feeds: [{ id: 'news', label: 'News', url: FEED_URL, important: { titlePrefixes: ['URGENT'] } }],
};

/** An RSS 2.0 feed of the given titles, each published at NOW (undated items count as old), with guid = title. */
function rss(titles: string[]): () => Response {
  const items = titles
    .map(
      (title) =>
        `<item><title>${title}</title><guid isPermaLink="false">${title}</guid><pubDate>${new Date(NOW).toUTCString()}</pubDate></item>`,
    )
    .join('');
  const body = `<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>${items}</channel></rss>`;
  return () => new Response(body, { headers: { 'Content-Type': 'application/rss+xml' } });
}

async function setup(responses: Array<() => Response>, cfg = config) {
  counter += 1;
  const db = await openNewsDb(`notifications-${counter}`);
  opened.push(db);
  const shown: NotificationPlan[] = [];
  let stored: NotifyState = { pending: [] };
  let now = NOW;
  const service = createNewsService({
    db: async () => db,
    config: async () => cfg,
    fetch: (async () => {
      const next = responses.shift();
      if (!next) throw new TypeError('Failed to fetch');
      return next();
    }) as typeof fetch,
    now: () => now,
    random: () => 0.5,
    openTab: async () => {},
    setBadge: async () => {},
    scheduleWake: async () => {},
    publish: async () => {},
    t: catalogTranslator(en),
    language: 'en',
    notifications: {
      load: async () => stored,
      save: async (state) => {
        stored = state;
      },
      show: async (plan) => {
        shown.push(plan);
      },
    },
  });
  return { service, shown, advance: (ms: number) => (now += ms) };
}

describe('important-news notifications', () => {
  it('never notify the backlog of a first sync, then notify a new important item, grouped and rate-limited', async () => {
    const { service, shown, advance } = await setup([
      rss(['URGENT old outage', 'Canteen menu']),
      rss(['URGENT network down', 'Quiz night', 'URGENT old outage', 'Canteen menu']),
      rss(['URGENT building closed', 'URGENT network down', 'Quiz night', 'URGENT old outage', 'Canteen menu']),
      rss(['URGENT building closed', 'URGENT network down', 'Quiz night', 'URGENT old outage', 'Canteen menu']),
    ]);
    await service.poll();
    expect(shown).toEqual([]);

    await service.poll(true);
    expect(shown).toEqual([
      { key: 'news#URGENT network down', title: 'Important news', message: 'URGENT network down' },
    ]);

    // Within the rate limit: held back, then shown with the next poll after the gap.
    advance(60_000);
    await service.poll(true);
    expect(shown).toHaveLength(1);
    advance(10 * 60_000);
    await service.poll(true);
    expect(shown.at(-1)).toMatchObject({ key: 'news#URGENT building closed', message: 'URGENT building closed' });
  });

  it('shows nothing when the notifications feature is off', async () => {
    const off = { ...config, features: { ...config.features, notifications: false } };
    const { service, shown } = await setup([rss(['Canteen menu']), rss(['URGENT network down', 'Canteen menu'])], off);
    await service.poll();
    await service.poll(true);
    expect(shown).toEqual([]);
  });
});
