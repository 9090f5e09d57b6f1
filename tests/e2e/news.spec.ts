/**
 * The news badge end to end, written once and run in each browser by news.<browser>.test.ts, against the demo
 * ESN: the badge shows the demo's unread count; opening an item lowers it; a new item raises it after the next
 * poll (triggered by the refreshNews message, never by waiting), also in a Chromium service worker started afresh
 * (it loads the lazy feed reader again); an unchanged feed costs one request answered 304; every fault mode keeps
 * the cached news; read state survives a restart; a script payload stays text.
 */
import type { BrowserContext, Worker } from 'playwright-core';
import { expect, it } from 'vitest';
import { FIRST_SYNC_UNREAD_DAYS } from '../../utils/news/retention';
import { type DemoEsn, demoConfigUrl, type FaultMode, withDemoEsn } from './harness/demo';
import type { ExtensionSession, LaunchOptions } from './harness/session';
import { readSnapshot, waitForSnapshot } from './harness/snapshot';
import { waitUntil } from './harness/wait';
import { PopupPage } from './pages/popup';

export type Launch = (options?: LaunchOptions) => Promise<ExtensionSession>;

export const FEEDS = ['/feeds/actualites.rss', '/feeds/evenements.atom'];

export async function withSession<T>(launch: Launch, body: (session: ExtensionSession) => Promise<T>): Promise<T> {
  const session = await launch();
  try {
    return await body(session);
  } finally {
    await session.close();
  }
}

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
export async function configure(session: ExtensionSession, esn: DemoEsn): Promise<number> {
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

/** Chromium's playwright context (ChromiumSession.browserContext), or null in Firefox. */
function chromiumContext(session: ExtensionSession): BrowserContext | null {
  return session.browserName === 'chromium'
    ? ((session as { browserContext?: BrowserContext }).browserContext ?? null)
    : null;
}

const extensionWorker = (context: BrowserContext, session: ExtensionSession): Worker | undefined =>
  context.serviceWorkers().find((worker) => worker.url().startsWith(session.extensionOrigin));

/** Set in the worker's global scope before it is stopped: a worker started afresh does not have it. */
const BEFORE_STOP = 'passerelleTestBeforeStop';

/**
 * Chromium: stops the extension's service worker over CDP, as the browser does after 30 s idle, and waits until
 * it is stopped. The next message starts it afresh, and it must load the feed reader again: importScripts of the
 * copy Chromium kept at install (utils/lazy). Firefox's event page is not stopped: returns null there.
 */
async function stopChromiumWorker(session: ExtensionSession): Promise<Worker | null> {
  const context = chromiumContext(session);
  if (!context) return null;
  const worker = extensionWorker(context, session);
  if (!worker) throw new Error('Chromium shows no service worker for the extension');
  await worker.evaluate((mark) => Object.assign(globalThis, { [mark]: true }), BEFORE_STOP);
  const page = await context.newPage();
  const devtools = await context.newCDPSession(page);
  try {
    let stopped = false;
    devtools.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      stopped ||= versions.some(
        (version) => version.scriptURL.startsWith(session.extensionOrigin) && version.runningStatus === 'stopped',
      );
    });
    await devtools.send('ServiceWorker.enable');
    await devtools.send('ServiceWorker.stopAllWorkers');
    await waitUntil(() => stopped, { what: 'the service worker stopped' });
    return worker;
  } finally {
    await devtools.detach();
    await page.close();
  }
}

/** What the worker's global scope holds now: the mark set before the stop, the lazy feed reader (utils/lazy). */
function workerState(worker: Worker): Promise<{ markedBeforeStop: boolean; feedReader: boolean }> {
  return worker.evaluate((mark) => {
    const modules = (globalThis as Record<symbol, Map<string, object> | undefined>)[
      Symbol.for('passerelle.lazy-modules')
    ];
    return { markedBeforeStop: mark in globalThis, feedReader: modules?.has('utils/news/read-feed') ?? false };
  }, BEFORE_STOP);
}

export function defineNewsTests(launch: Launch): void {
  it("shows the demo's unread count; opening an item lowers it by one and opens the article", async () => {
    await withDemoEsn((esn) =>
      withSession(launch, async (session) => {
        const expected = await configure(session, esn);
        expect(expected).toBeGreaterThan(0);
        const popup = await PopupPage.open(session);
        await popup.waitForNews(expected);
        const items = await popup.newsItems();
        expect(items.filter((item) => item.unread)).toHaveLength(expected);
        const first = items.find((item) => item.unread);
        if (!first) throw new Error('no unread item');
        await popup.openNewsItem(first.key);
        await session.waitForBadge(new RegExp(`^${expected - 1}$`));
        await waitUntil(() => Object.keys(esn.counters().paths).some((path) => path.startsWith('/actualites/')), {
          what: 'the article page requested',
        });
        expect(await session.badgeTitle()).toMatch(/Actualités|News/);
      }),
    );
  });

  it('reading an item on the ESN in a normal tab marks it read', async () => {
    await withDemoEsn((esn) =>
      withSession(launch, async (session) => {
        const expected = await configure(session, esn);
        const snapshot = await readSnapshot(session);
        const item = snapshot?.news.items.find((candidate) => candidate.unread && candidate.url);
        if (!item?.url) throw new Error('no unread item with a page');
        await session.openPage(item.url);
        await session.waitForBadge(new RegExp(`^${expected - 1}$`));
        const after = await waitForSnapshot(session, (next) => next.news.unreadCount === expected - 1, 'one read');
        expect(after.news.items.find((candidate) => candidate.key === item.key)?.unread).toBe(false);
      }),
    );
  });

  it('an unchanged feed costs one request answered 304; a new item raises the badge after the next poll, also in a restarted worker', async () => {
    await withDemoEsn((esn) =>
      withSession(launch, async (session) => {
        const expected = await configure(session, esn);
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
        await session.waitForBadge(new RegExp(`^${expected + 1}$`));
        // The worker started afresh (the mark is gone) and loaded the feed reader to read the new post.
        if (stopped) expect(await workerState(stopped)).toEqual({ markedBeforeStop: false, feedReader: true });
      }),
    );
  });

  it('every fault mode keeps the cached news visible, marks the badge, and loses nothing', async () => {
    await withDemoEsn((esn) =>
      withSession(launch, async (session) => {
        const expected = await configure(session, esn);
        const marks: Array<[FaultMode, RegExp]> = [
          ['down', /!$/],
          ['error500', /!$/],
          ['rateLimited', /!$/],
          ['malformed', /!$/],
          ['signin', /\?$/],
        ];
        for (const [mode, mark] of marks) {
          esn.setFault(mode, { paths: ['/feeds/'], retryAfterSeconds: 3600 });
          await refreshNews(session);
          const badge = await session.waitForBadge(mark).catch(async (error: unknown) => {
            const feeds = (await readSnapshot(session))?.news.feeds;
            throw new Error(`fault "${mode}": ${JSON.stringify(feeds)} ${JSON.stringify(esn.counters().paths)}`, {
              cause: error,
            });
          });
          expect(badge.replace(/[!?~]$/, '')).toBe(String(expected));
          const popup = await PopupPage.open(session);
          await popup.waitForNews(expected);
          expect(await popup.newsStatus()).toBe(mode === 'signin' ? 'signedOut' : 'failing');
          expect((await popup.newsItems()).filter((item) => item.unread)).toHaveLength(expected);
          await popup.close();
          esn.setFault(null);
          await refreshNews(session);
          await session.waitForBadge(new RegExp(`^${expected}$`));
        }
        // Slow: the popup paints the cached news at once while the poll waits on the ESN.
        esn.setFault('slow', { paths: ['/feeds/'], delayMs: 8000 });
        esn.resetCounters();
        const pending = refreshNews(session);
        await waitUntil(() => FEEDS.some((path) => (requests(esn, path)?.requests ?? 0) > 0), { what: 'a slow poll' });
        const popup = await PopupPage.open(session);
        await popup.waitForNews(expected);
        await popup.close();
        await pending;
        esn.setFault(null);
        expect(await session.badgeText()).toBe(String(expected));
      }),
    );
  });

  it('read state survives a browser restart', async () => {
    await withDemoEsn((esn) =>
      withSession(launch, async (session) => {
        const expected = await configure(session, esn);
        const popup = await PopupPage.open(session);
        await popup.waitForNews(expected);
        const first = (await popup.newsItems()).find((item) => item.unread);
        if (!first) throw new Error('no unread item');
        await popup.openNewsItem(first.key);
        await session.waitForBadge(new RegExp(`^${expected - 1}$`));
        await session.restart();
        await session.waitForBadge(new RegExp(`^${expected - 1}$`));
        const again = await PopupPage.open(session);
        await again.waitForNews(expected);
        expect((await again.newsItems()).find((item) => item.key === first.key)?.unread).toBe(false);
      }),
    );
  });

  it('a feed title carrying a script payload executes nothing and shows as text', async () => {
    await withDemoEsn((esn) =>
      withSession(launch, async (session) => {
        const expected = await configure(session, esn);
        esn.publishNews('actualites', {
          title: '<img src=x onerror="globalThis.__pwned=1"><script>globalThis.__pwned=2</script>Charge utile',
        });
        await refreshNews(session);
        await session.waitForBadge(new RegExp(`^${expected + 1}$`));
        const popup = await PopupPage.open(session);
        await popup.waitForNews(expected + 1);
        const titles = (await popup.newsItems()).map((item) => item.title);
        expect(titles.some((title) => title.includes('Charge utile'))).toBe(true);
        const injected = await popup.page.evaluate(() => ({
          pwned: (globalThis as unknown as { __pwned?: number }).__pwned ?? null,
          elements: document.querySelectorAll('[data-testid=news] img, [data-testid=news] script').length,
        }));
        expect(injected).toEqual({ pwned: null, elements: 0 });
      }),
    );
  });
}
