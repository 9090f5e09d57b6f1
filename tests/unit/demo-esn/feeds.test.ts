// @vitest-environment node
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WORDPRESS_AUTHOR_FEED } from '../../demo-esn/content/feeds';
import { type DemoEsn, startDemoEsn } from '../../demo-esn/server';
import { readFeed, readHtml } from './support';

let esn: DemoEsn;

beforeAll(async () => {
  esn = await startDemoEsn();
});
afterAll(() => esn.close());
afterEach(() => esn.resetCounters());

const RSS = '/feeds/actualites.rss';
const ATOM = '/feeds/evenements.atom';
const DAY = 86_400_000;

describe('RSS feed of company news', () => {
  it('is RSS 2.0 with 8–10 French items, guids, recent dates and one important item', async () => {
    const response = await fetch(esn.url(RSS));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const text = await response.text();
    expect(text).toContain('<rss version="2.0"');
    const items = await readFeed(text);
    expect(items).not.toBeNull();
    expect(items?.length).toBeGreaterThanOrEqual(8);
    expect(items?.length).toBeLessThanOrEqual(10);
    for (const item of items ?? []) {
      expect(item.id).not.toBe('');
      const age = Date.now() - Date.parse(item.date);
      expect(age).toBeGreaterThanOrEqual(0);
      expect(age).toBeLessThan(10 * DAY);
    }
    expect(items?.filter((item) => item.categories.includes('Important'))).toHaveLength(1);
  });

  it('has one title with an &amp; entity and one inside CDATA', async () => {
    const text = await (await fetch(esn.url(RSS))).text();
    expect(text).toMatch(/<title>[^<]*&amp;[^<]*<\/title>/);
    expect(text).toMatch(/<title><!\[CDATA\[[^\]]*<[^\]]*\]\]><\/title>/);
    const titles = (await readFeed(text))?.map((item) => item.title) ?? [];
    expect(titles).toContain('R&D : le laboratoire de Nantes inaugure sa serre connectée');
    expect(titles).toContain('Cybersécurité : les 5 réflexes <indispensables> & le quiz de la semaine');
  });

  it('links every item to an article page that exists', async () => {
    const items = (await readFeed(await (await fetch(esn.url(RSS))).text())) ?? [];
    for (const item of items) {
      expect(item.link.startsWith(`${esn.origin}/actualites/`)).toBe(true);
      const page = await fetch(item.link);
      expect(page.status).toBe(200);
      expect((await readHtml(await page.text())).h1).toBe(item.title);
    }
  });

  it('serves an English version with ?lang=en', async () => {
    const items = (await readFeed(await (await fetch(esn.url(`${RSS}?lang=en`))).text())) ?? [];
    expect(items.map((item) => item.title)).toContain('R&D: the Nantes laboratory opens its connected greenhouse');
  });
});

describe('the news as a WordPress author feed', () => {
  it('answers 301 to its address with a trailing slash, which serves the news feed', async () => {
    const redirect = await fetch(esn.url(WORDPRESS_AUTHOR_FEED), { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe(`${WORDPRESS_AUTHOR_FEED}/`);
    const followed = await fetch(esn.url(WORDPRESS_AUTHOR_FEED));
    expect(followed).toMatchObject({ redirected: true, url: esn.url(`${WORDPRESS_AUTHOR_FEED}/`), status: 200 });
    expect(await readFeed(await followed.text())).toEqual(await readFeed(await (await fetch(esn.url(RSS))).text()));
  });
});

describe('Atom feed of events', () => {
  it('is Atom 1.0 with 5–6 entries linking to article pages', async () => {
    const response = await fetch(esn.url(ATOM));
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const text = await response.text();
    expect(text).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    const entries = (await readFeed(text)) ?? [];
    expect(entries.length).toBeGreaterThanOrEqual(5);
    expect(entries.length).toBeLessThanOrEqual(6);
    for (const entry of entries) {
      expect(entry.id).toMatch(/^tag:aubepine\.example,2026:/);
      expect((await fetch(entry.link)).status).toBe(200);
    }
  });
});

describe('conditional requests', () => {
  it.each([RSS, ATOM])('%s answers 304 to If-None-Match, and the counters show it', async (path) => {
    const first = await fetch(esn.url(path));
    await first.text();
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[^"]+"$/); // strong
    expect(first.headers.get('last-modified')).not.toBeNull();

    const second = await fetch(esn.url(path), { headers: { 'If-None-Match': etag ?? '' } });
    expect(second.status).toBe(304);
    expect(await second.text()).toBe('');
    expect(second.headers.get('etag')).toBe(etag);

    expect(esn.counters().paths[path]).toEqual({ requests: 2, conditional: 1, byStatus: { 200: 1, 304: 1 } });
  });

  it('answers 304 to If-Modified-Since at or after Last-Modified, 200 before it', async () => {
    const lastModified = (await fetch(esn.url(RSS))).headers.get('last-modified') ?? '';
    const same = await fetch(esn.url(RSS), { headers: { 'If-Modified-Since': lastModified } });
    expect(same.status).toBe(304);
    const earlier = new Date(Date.parse(lastModified) - 1000).toUTCString();
    const older = await fetch(esn.url(RSS), { headers: { 'If-Modified-Since': earlier } });
    expect(older.status).toBe(200);
    expect(esn.counters().paths[RSS]?.conditional).toBe(2);
  });

  it('matches weak and list forms of If-None-Match, and prefers it over If-Modified-Since', async () => {
    const response = await fetch(esn.url(RSS));
    const etag = response.headers.get('etag') ?? '';
    const lastModified = response.headers.get('last-modified') ?? '';
    expect((await fetch(esn.url(RSS), { headers: { 'If-None-Match': `W/${etag}` } })).status).toBe(304);
    expect((await fetch(esn.url(RSS), { headers: { 'If-None-Match': `"other", ${etag}` } })).status).toBe(304);
    const stale = await fetch(esn.url(RSS), {
      headers: { 'If-None-Match': '"other"', 'If-Modified-Since': lastModified },
    });
    expect(stale.status).toBe(200);
  });
});

describe('publishNews', () => {
  it('adds an item on top and changes the ETag and Last-Modified', async () => {
    const before = await fetch(esn.url(RSS));
    const oldEtag = before.headers.get('etag') ?? '';
    const oldLastModified = before.headers.get('last-modified') ?? '';
    const oldItems = (await readFeed(await before.text())) ?? [];

    const id = esn.publishNews('actualites', {
      title: 'Alerte météo : télétravail recommandé jeudi',
      summary: 'Vigilance orange neige.',
      important: true,
    });

    const after = await fetch(esn.url(RSS), { headers: { 'If-None-Match': oldEtag } });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(oldEtag);
    expect(Date.parse(after.headers.get('last-modified') ?? '')).toBeGreaterThan(Date.parse(oldLastModified));
    const items = (await readFeed(await after.text())) ?? [];
    // The feed shows its FEED_WINDOW newest posts: the new one on top, the oldest one out.
    expect(items).toHaveLength(oldItems.length);
    expect(items.map((item) => item.id)).toEqual([
      expect.stringContaining(id),
      ...oldItems.slice(0, -1).map((item) => item.id),
    ]);
    expect(items[0]).toMatchObject({
      title: 'Alerte météo : télétravail recommandé jeudi',
      link: `${esn.origin}/actualites/${id}`,
      categories: ['Important'],
    });
    // A client holding the old date must not get a 304, even within the same second.
    expect((await fetch(esn.url(RSS), { headers: { 'If-Modified-Since': oldLastModified } })).status).toBe(200);
    expect((await readHtml(await (await fetch(esn.url(`/actualites/${id}`))).text())).h1).toBe(
      'Alerte météo : télétravail recommandé jeudi',
    );
  });

  it('publishes events with a chosen id, and refuses a duplicate id', async () => {
    const before = (await fetch(esn.url(ATOM))).headers.get('etag');
    expect(esn.publishNews('evenements', { id: 'portes-ouvertes', title: 'Journée portes ouvertes' })).toBe(
      'portes-ouvertes',
    );
    const response = await fetch(esn.url(ATOM));
    expect(response.headers.get('etag')).not.toBe(before);
    expect((await readFeed(await response.text()))?.[0]?.title).toBe('Journée portes ouvertes');
    expect(() => esn.publishNews('evenements', { id: 'portes-ouvertes', title: 'Doublon' })).toThrow(/already exists/);
  });
});
