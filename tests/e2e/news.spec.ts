/**
 * The news badge end to end, written once and run in each browser by news.<browser>.test.ts, against the demo
 * ESN: the badge shows the demo's unread count; opening an item lowers it; a new item raises it after the next
 * poll (triggered by the refreshNews message, never by waiting), also in a Chromium service worker started afresh
 * (it loads the lazy feed reader again); an unchanged feed costs one request answered 304; every fault mode keeps
 * the cached news; read state survives a restart; a script payload stays text.
 * These checks all start from the same first sync, so they share one (harness/shared-setup.ts): each reads the
 * unread count it starts from instead of assuming a fresh install.
 */
import { describe, expect, it } from 'vitest';
import { MAX_RETRY_AFTER_MS } from '../../utils/http/retry-after';
import { FIRST_SYNC_UNREAD_DAYS } from '../../utils/news/retention';
import { browseElsewhere, stopChromiumWorker, watchWorkerStarts, workerState } from './harness/chromium-worker';
import { type DemoEsn, demoConfigUrl, type FaultMode } from './harness/demo';
import { readNewsStore } from './harness/news-store';
import type { ExtensionSession, LaunchOptions } from './harness/session';
import { type DemoSession, type SharedSetup, shareDemoSession } from './harness/shared-setup';
import { readSnapshot, waitForSnapshot } from './harness/snapshot';
import { tabsShowing } from './harness/tabs';
import { waitUntil } from './harness/wait';
import { PopupPage } from './pages/popup';

export type Launch = (options?: LaunchOptions) => Promise<ExtensionSession>;

export const FEEDS = ['/feeds/actualites.rss', '/feeds/evenements.atom'];

/** The demo's unread count on a first sync: its items published in the last FIRST_SYNC_UNREAD_DAYS days. */
async function demoUnreadCount(esn: DemoEsn): Promise<number> {
  const horizon = Date.now() - FIRST_SYNC_UNREAD_DAYS * 86_400_000;
  let count = 0;
  for (const path of FEEDS) {
    const text = await (await fetch(esn.url(path))).text();
    const dates = [...text.matchAll(/<(?:pubDate|published)>([^<]+)</g)].map((match) => Date.parse(match[1] ?? ''));
    count += dates.filter((date) => date >= horizon).length;
  }
  esn.resetCounters();
  return count;
}

/** Points the extension at the demo ESN and waits for the first sync of both feeds. */
async function configure(session: ExtensionSession, esn: DemoEsn): Promise<number> {
  const expected = await demoUnreadCount(esn);
  await session.setUserSettings({ configUrl: demoConfigUrl(esn) });
  await waitForSnapshot(
    session,
    (snapshot) => snapshot.news.feeds.length === 2 && snapshot.news.feeds.every((feed) => feed.health === 'ok'),
    'both feeds synced',
  );
  await session.waitForBadge(new RegExp(`^${expected}$`));
  return expected;
}

/** Sends the refreshNews message, as the popup's refresh button does. */
export function refreshNews(session: ExtensionSession): Promise<unknown> {
  return session.evaluateInExtension(() => {
    const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } })
      .chrome;
    return api.runtime.sendMessage({ id: 1, type: 'refreshNews', data: undefined, timestamp: Date.now() });
  });
}

const requests = (esn: DemoEsn, path: string) => esn.counters().paths[path];

/** One demo ESN and one extension synced on it; `configured` is the first sync's unread count. */
export type SyncedNews = DemoSession<number>;

/** For a group of tests (call inside the group's describe); `prepare` sets the demo up before the first sync. */
export function shareSyncedNews(launch: Launch, prepare?: (esn: DemoEsn) => void): SharedSetup<SyncedNews> {
  return shareDemoSession(launch, configure, prepare);
}

/** The unread count on the badge once it shows a plain count (no poll failure marked on it). */
export async function unreadNow(session: ExtensionSession): Promise<number> {
  return Number(await session.waitForBadge(/^\d+$/));
}

export function defineNewsTests(launch: Launch): void {
  describe('from one first sync of the demo ESN', () => {
    const synced = shareSyncedNews(launch);

    it("shows the demo's unread count; opening an item lowers it by one and opens the article, Ctrl-click behind the popup", async () => {
      await synced.use(async ({ esn, session, configured: firstSyncUnread }) => {
        expect(firstSyncUnread).toBeGreaterThan(0);
        const unread = await unreadNow(session);
        const popup = await PopupPage.open(session);
        await popup.waitForNews(unread);
        const items = await popup.newsItems();
        expect(items.filter((item) => item.unread)).toHaveLength(unread);
        const [first, second] = items.filter((item) => item.unread);
        if (!first || !second) throw new Error('fewer than two unread items');
        const addressOf = async (key: string) =>
          (await readSnapshot(session))?.news.items.find((item) => item.key === key)?.url ?? '';
        const opened = async (key: string) => {
          const url = await addressOf(key);
          await waitUntil(async () => (await tabsShowing(session, url)).length === 1, { what: `a tab at ${url}` });
          return (await tabsShowing(session, url))[0];
        };
        esn.resetCounters();
        // Ctrl-click: a background tab, the popup stays in front.
        await popup.openNewsItem(first.key, ['Control']);
        await session.waitForBadge(new RegExp(`^${unread - 1}$`));
        await waitUntil(() => Object.keys(esn.counters().paths).some((path) => path.startsWith('/actualites/')), {
          what: 'the article page requested',
        });
        expect(await opened(first.key)).toMatchObject({ active: false });
        // A plain click: a new tab, in front.
        await popup.openNewsItem(second.key);
        await session.waitForBadge(new RegExp(`^${unread - 2}$`));
        expect(await opened(second.key)).toMatchObject({ active: true });
        expect(await session.badgeTitle()).toMatch(/Actualités|News/);
        await popup.close();
      });
    });

    it('reading an item on the ESN in a normal tab marks it read, also when the page load is what wakes the worker; browsing elsewhere wakes nothing', async () => {
      await synced.use(async ({ session }) => {
        const unread = await unreadNow(session);
        const snapshot = await readSnapshot(session);
        const item = snapshot?.news.items.find((candidate) => candidate.unread && candidate.url);
        if (!item?.url) throw new Error('no unread item with a page');
        // Chromium: the worker stopped, other pages and tab switches leave it asleep (null: Firefox, not observed).
        const starts = await watchWorkerStarts(session);
        const stopped = await stopChromiumWorker(session);
        await browseElsewhere(session);
        expect(starts?.count() ?? 0).toBe(0);
        // The item's page load (a filtered navigation event) starts it, and reaches it.
        const page = await session.openPage(item.url);
        await session.waitForBadge(new RegExp(`^${unread - 1}$`));
        if (starts) expect(starts.count()).toBeGreaterThan(0);
        await starts?.close();
        const after = await waitForSnapshot(session, (next) => next.news.unreadCount === unread - 1, 'one read');
        expect(after.news.items.find((candidate) => candidate.key === item.key)?.unread).toBe(false);
        if (stopped) expect((await workerState(stopped)).markedBeforeStop).toBe(false);
        await page.close();
      });
    });

    it('an unchanged feed costs one request answered 304; a new item raises the badge after the next poll, also in a restarted worker', async () => {
      await synced.use(async ({ esn, session }) => {
        const unread = await unreadNow(session);
        esn.resetCounters();
        await refreshNews(session);
        await waitUntil(() => FEEDS.every((path) => requests(esn, path)?.byStatus[304] === 1), {
          what: 'one 304 per feed',
        });
        for (const path of FEEDS) {
          expect(requests(esn, path)).toMatchObject({ requests: 1, conditional: 1, byStatus: { 304: 1 } });
        }
        // Chromium: the poll that reads the new post runs in a worker started afresh (the lazy feed reader's path).
        const stopped = await stopChromiumWorker(session);
        esn.publishNews('actualites', { title: 'Nouvelle note de service', important: true });
        await refreshNews(session);
        await session.waitForBadge(new RegExp(`^${unread + 1}$`));
        // The worker started afresh (the mark is gone) and loaded the feed reader to read the new post.
        if (stopped) expect(await workerState(stopped)).toEqual({ markedBeforeStop: false, feedReader: true });
      });
    });

    it('every fault mode keeps the cached news visible, marks the badge, and loses nothing', async () => {
      await synced.use(async ({ esn, session }) => {
        const unread = await unreadNow(session);
        const marks: Array<[FaultMode, RegExp]> = [
          ['down', /!$/],
          ['error500', /!$/],
          ['rateLimited', /!$/],
          ['malformed', /!$/],
          ['oversized', /!$/],
          ['signin', /\?$/],
        ];
        for (const [mode, mark] of marks) {
          // A misconfigured Retry-After of a year (for the 429): honoured as a day at most, not as a year of silence.
          esn.setFault(mode, { paths: ['/feeds/'], retryAfterSeconds: 365 * 24 * 3600 });
          const asked = Date.now();
          await refreshNews(session);
          const badge = await session.waitForBadge(mark).catch(async (error: unknown) => {
            const feeds = (await readSnapshot(session))?.news.feeds;
            throw new Error(`fault "${mode}": ${JSON.stringify(feeds)} ${JSON.stringify(esn.counters().paths)}`, {
              cause: error,
            });
          });
          expect(badge.replace(/[!?~]$/, '')).toBe(String(unread));
          if (mode === 'oversized') {
            // Stopped at the limit and said so, not read whole and then found malformed.
            const feeds = (await readSnapshot(session))?.news.feeds ?? [];
            expect(feeds.map((view) => view.problem?.refusal)).toEqual(feeds.map(() => 'tooLarge'));
          }
          if (mode === 'rateLimited') {
            for (const { nextPollAt } of (await readNewsStore(session)).feeds) {
              expect(nextPollAt - asked).toBeGreaterThanOrEqual(MAX_RETRY_AFTER_MS);
              expect(nextPollAt - Date.now()).toBeLessThanOrEqual(MAX_RETRY_AFTER_MS);
            }
          }
          const popup = await PopupPage.open(session);
          await popup.waitForNews(unread);
          expect(await popup.newsStatus()).toBe(mode === 'signin' ? 'signedOut' : 'failing');
          expect((await popup.newsItems()).filter((item) => item.unread)).toHaveLength(unread);
          await popup.close();
          esn.setFault(null);
          await refreshNews(session);
          await session.waitForBadge(new RegExp(`^${unread}$`));
        }
        // Slow: the popup paints the cached news at once while the poll waits on the ESN; the held answers are
        // then given at once, not at the end of the delay.
        esn.setFault('slow', { paths: ['/feeds/'], delayMs: 60_000 });
        esn.resetCounters();
        const pending = refreshNews(session);
        await waitUntil(() => FEEDS.some((path) => (requests(esn, path)?.requests ?? 0) > 0), { what: 'a slow poll' });
        const popup = await PopupPage.open(session);
        await popup.waitForNews(unread);
        await popup.close();
        esn.setFault(null);
        esn.answerSlowRequestsNow();
        await pending;
        expect(await session.badgeText()).toBe(String(unread));
      });
    });

    it('a feed title carrying a script payload executes nothing and shows as text', async () => {
      await synced.use(async ({ esn, session }) => {
        const unread = await unreadNow(session);
        esn.publishNews('actualites', {
          title: '<img src=x onerror="globalThis.__pwned=1"><script>globalThis.__pwned=2</script>Charge utile',
        });
        await refreshNews(session);
        await session.waitForBadge(new RegExp(`^${unread + 1}$`));
        const popup = await PopupPage.open(session);
        await popup.waitForNews(unread + 1);
        const titles = (await popup.newsItems()).map((item) => item.title);
        expect(titles.some((title) => title.includes('Charge utile'))).toBe(true);
        const injected = await popup.page.evaluate(() => ({
          pwned: (globalThis as unknown as { __pwned?: number }).__pwned ?? null,
          elements: document.querySelectorAll('[data-testid=news] img, [data-testid=news] script').length,
        }));
        expect(injected).toEqual({ pwned: null, elements: 0 });
        await popup.close();
      });
    });

    it('read state survives a browser restart', async () => {
      await synced.use(async ({ session }) => {
        const unread = await unreadNow(session);
        const popup = await PopupPage.open(session);
        await popup.waitForNews(unread);
        const first = (await popup.newsItems()).find((item) => item.unread);
        if (!first) throw new Error('no unread item');
        await popup.openNewsItem(first.key);
        await session.waitForBadge(new RegExp(`^${unread - 1}$`));
        await session.restart();
        await session.waitForBadge(new RegExp(`^${unread - 1}$`));
        const again = await PopupPage.open(session);
        await again.waitForNews(unread - 1);
        expect((await again.newsItems()).find((item) => item.key === first.key)?.unread).toBe(false);
        await again.close();
      });
    });
  });
}
