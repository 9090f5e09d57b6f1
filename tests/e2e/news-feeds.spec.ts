/**
 * News that stay right against awkward feeds (issue 11), written once and run in each browser by
 * news.<browser>.test.ts, against the demo ESN's news modes: a deleted post brings no unread; a feed that always
 * answers 200 with a weak ETag costs no parse and no write after the first poll (measured in the news store's
 * records, which say what each poll cost); an undated new post raises the badge; relative links (RSS channel
 * link, Atom xml:base) open the right address, the news read from a WordPress author feed behind its canonical
 * redirect; a huge unbroken title neither grows the store nor the popup.
 */
import { describe, expect, it } from 'vitest';
import { buildConfigDocument } from '../demo-esn/content/config-document';
import { WORDPRESS_AUTHOR_FEED } from '../demo-esn/content/feeds';
import { describeViolations } from './harness/axe';
import type { DemoEsn } from './harness/demo';
import { readNewsStore } from './harness/news-store';
import { readSnapshot, waitForSnapshot } from './harness/snapshot';
import { waitUntil } from './harness/wait';
import { FEEDS, type Launch, refreshNews, shareSyncedNews, unreadNow } from './news.spec';
import { PopupPage } from './pages/popup';

const RSS = '/feeds/actualites.rss';
const guid = (feed: 'actualites' | 'evenements', id: string) => `tag:aubepine.example,2026:la-ruche/${feed}/${id}`;
/** A post 4 days old: read on the first sync (backlog). The archived one is 12 days old, beyond the window. */
const READ_POST = guid('actualites', 'entretiens-annuels');
const ARCHIVED_POST = guid('actualites', 'archives-journal-interne');

const status200 = (esn: DemoEsn, path: string) => esn.counters().paths[path]?.byStatus[200] ?? 0;

export function defineNewsFeedTests(launch: Launch): void {
  describe('from one first sync of the demo ESN', () => {
    const synced = shareSyncedNews(launch);

    it('a deleted post brings no unread (the older post sliding in is read); restoring it changes nothing', async () => {
      await synced.use(async ({ esn, session }) => {
        const unread = await unreadNow(session);
        esn.deleteNews('entretiens-annuels');
        await refreshNews(session);
        const after = await waitForSnapshot(
          session,
          (snapshot) => snapshot.news.items.some((item) => item.key === ARCHIVED_POST),
          'the older post slid into the list',
        );
        expect(after.news.items.some((item) => item.key === READ_POST)).toBe(false);
        expect(after.news.items.find((item) => item.key === ARCHIVED_POST)?.unread).toBe(false);
        expect(after.news.unreadCount).toBe(unread);
        expect(await session.badgeText()).toBe(String(unread));
        expect(await session.badgeTitle()).toMatch(/(Actualités|News)\u00a0?: \d+ (unread|non lues?)/);

        esn.restoreNews('entretiens-annuels');
        await refreshNews(session);
        const restored = await waitForSnapshot(
          session,
          (snapshot) => !snapshot.news.items.some((item) => item.key === ARCHIVED_POST),
          'the older post left the list',
        );
        expect(restored.news.items.find((item) => item.key === READ_POST)?.unread).toBe(false);
        expect(restored.news.unreadCount).toBe(unread);
        expect(await session.badgeText()).toBe(String(unread));
      });
    });

    it('an undated new post raises the badge and is listed first', async () => {
      await synced.use(async ({ esn, session }) => {
        const unread = await unreadNow(session);
        const id = esn.publishNews('actualites', { title: 'Note sans date', undated: true });
        await refreshNews(session);
        await session.waitForBadge(new RegExp(`^${unread + 1}$`));
        const snapshot = await readSnapshot(session);
        expect(snapshot?.news.items[0]).toMatchObject({ key: guid('actualites', id), unread: true });
        expect(snapshot?.news.items[0]).not.toHaveProperty('publishedAt');
      });
    });

    it('a 20,000-character unbroken title is stored cut and does not widen the popup', async () => {
      await synced.use(async ({ esn, session }) => {
        const unread = await unreadNow(session);
        esn.publishNews('actualites', { title: `Titre${'x'.repeat(20_000)}` });
        await refreshNews(session);
        await session.waitForBadge(new RegExp(`^${unread + 1}$`));
        const stored = (await readNewsStore(session)).items.find((item) => item.title.startsWith('Titrexxx'));
        expect(stored?.title).toHaveLength(300);
        const popup = await PopupPage.open(session);
        await popup.waitForNews(unread + 1);
        const widths = await popup.newsWidths();
        expect(widths.page).toBeLessThanOrEqual(widths.viewport);
        expect(widths.widestTitle).toBeLessThanOrEqual(widths.list);
        const violations = await popup.page.runAxe();
        expect(violations, describeViolations(violations)).toEqual([]);
        await popup.close();
      });
    });
  });

  describe('from a first sync of feeds that answer 200 with a weak ETag that never matches', () => {
    const synced = shareSyncedNews(launch, (esn) => esn.setFault('weakEtag', { paths: ['/feeds/'] }));

    it('polled three times, they cost no parse and no write after the first', async () => {
      await synced.use(async ({ esn, session }) => {
        const first = await readNewsStore(session);
        expect(first.feeds.map((feed) => feed.lastCost?.parsed)).toEqual([true, true]);
        esn.resetCounters();
        for (const poll of [1, 2, 3]) {
          await refreshNews(session);
          await waitUntil(() => FEEDS.every((path) => status200(esn, path) === poll), { what: `poll ${poll}: 200s` });
          const store = await readNewsStore(session);
          for (const feed of store.feeds) {
            expect(feed).toMatchObject({ health: 'ok', lastStatus: 200, lastCost: { parsed: false, writes: 0 } });
            expect(feed.etag).toMatch(/^W\//);
          }
          expect(store.items).toEqual(first.items);
        }
        // Every poll was conditional, and the server never answered 304: the digest did the work.
        expect(esn.counters().paths[RSS]).toMatchObject({ requests: 3, conditional: 3, byStatus: { 200: 3 } });
      });
    });
  });

  describe('from a first sync of feeds with relative links, the news at a WordPress author feed', () => {
    const synced = shareSyncedNews(launch, (esn) => {
      esn.setLinkStyle('relative');
      const document = buildConfigDocument(esn.origin);
      const [news, ...others] = document.feeds ?? [];
      if (!news) throw new Error('the demo document has no feed');
      esn.setConfigDocument({ ...document, feeds: [{ ...news, url: esn.url(WORDPRESS_AUTHOR_FEED) }, ...others] });
    });

    it('relative links (RSS channel link, Atom xml:base) open the right address; the redirected feed is read', async () => {
      await synced.use(async ({ esn, session }) => {
        // WordPress answered 301 to the address with a trailing slash: its path holds "author", no sign-in page.
        expect(esn.counters().paths[WORDPRESS_AUTHOR_FEED]?.byStatus[301]).toBeGreaterThan(0);
        expect(esn.counters().paths[`${WORDPRESS_AUTHOR_FEED}/`]?.byStatus[200]).toBeGreaterThan(0);
        expect((await readNewsStore(session)).feeds.map((feed) => feed.health)).toEqual(['ok', 'ok']);
        const unread = await unreadNow(session);
        const snapshot = await readSnapshot(session);
        const event = snapshot?.news.items.find((item) => item.key === guid('evenements', 'webinaire-passerelle'));
        const news = snapshot?.news.items.find((item) => item.key === guid('actualites', 'resultats-t3'));
        expect(event?.url).toBe(esn.url('/actualites/webinaire-passerelle'));
        expect(news?.url).toBe(esn.url('/actualites/resultats-t3'));
        const popup = await PopupPage.open(session);
        await popup.waitForNews(unread);
        await popup.openNewsItem(guid('evenements', 'webinaire-passerelle'));
        await waitUntil(() => esn.counters().paths['/actualites/webinaire-passerelle']?.byStatus[200] === 1, {
          what: 'the article opened at its address',
        });
        const requested = Object.keys(esn.counters().paths).filter((path) => path.includes('webinaire-passerelle'));
        expect(requested).toEqual(['/actualites/webinaire-passerelle']);
      });
    });
  });
}
