/**
 * The news capability's behaviour, with every outside effect injected (fetch, clock, randomness, tabs, badge,
 * publication) so that tests drive it without browser globals. utils/news/background.ts wires the real ones.
 */
import { createSerialQueue } from '../async/serial-queue';
import type { EffectiveConfig } from '../config/effective';
import { urlRefusal } from '../config/url-policy';
import type { Language, Translate } from '../i18n/translator';
import type { IndicatorEvent } from '../indicators/types';
import type { EntryPoint } from '../indicators/vocabulary';
import type { LaunchDisposition } from '../tabs/disposition';
import { type Badge, computeBadge } from './badge';
import { recordOpening, recordTabReading } from './indicators';
import { type NotificationPlan, type NotifyState, planNotification } from './notify';
import { pollFeed } from './poller';
import { isStale } from './schedule';
import type { NewsSlice } from './slice';
import {
  getFeedState,
  keysForUrl,
  listFeedStates,
  listItems,
  markAllRead,
  markRead,
  type NewsDb,
  pruneReadMarks,
  putFeedState,
  removeFeedsExcept,
} from './store';
import { badgeStateOf, buildNewsSlice } from './view';

interface NewsServiceDeps {
  db: () => Promise<NewsDb>;
  config: () => Promise<EffectiveConfig>;
  fetch: typeof fetch;
  now: () => number;
  random: () => number;
  openTab: (url: string, disposition: LaunchDisposition) => Promise<void>;
  setBadge: (badge: Badge) => Promise<void>;
  /** Asks to be woken at `when` (an alarm), or cancels when null. */
  scheduleWake: (when: number | null) => Promise<void>;
  publish: (slice: NewsSlice) => Promise<void>;
  t: Translate;
  language: Language;
  /** Usage indicators: posts read and paths taken (optional; a no-op unless IT turned indicators on). */
  record?: (event: IndicatorEvent) => Promise<void>;
  /** Notifications for important news (feature `notifications`): the rate-limit state, and showing one. */
  notifications?: {
    load(): Promise<NotifyState>;
    save(state: NotifyState): Promise<void>;
    show(plan: NotificationPlan): Promise<void>;
  };
}

interface NewsService {
  /** Polls the feeds that are due (all of them when `force`), then republishes. */
  poll(force?: boolean): Promise<void>;
  /** Browser start: polls the stale (or never polled) feeds at once, then follows the schedule. */
  onStartup(): Promise<void>;
  markAllRead(feedId?: string): Promise<void>;
  /** Opens an item where asked (a new tab unless said); `from`: the entry point it was chosen in (the news list). */
  openItem(key: string, from?: EntryPoint, disposition?: LaunchDisposition): Promise<void>;
  /** A tab showed `url`: the items whose page it is become read. */
  onVisited(url: string): Promise<void>;
  /** Recomputes the slice and the badge from the store. */
  publish(): Promise<void>;
}

const MIN_WAKE_MS = 30_000;

export function createNewsService(deps: NewsServiceDeps): NewsService {
  /** One poll at a time: a second request while one runs waits for it, then runs (it may have new feeds). */
  const polls = createSerialQueue('news');

  const enabled = (config: EffectiveConfig) => config.features.news && config.feeds.length > 0;

  async function publish(): Promise<void> {
    const [db, config] = await Promise.all([deps.db(), deps.config()]);
    const [items, states] = await Promise.all([listItems(db), listFeedStates(db)]);
    const slice = buildNewsSlice(config, items, states, deps.now());
    await deps.publish(enabled(config) ? slice : { ...slice, unreadCount: 0, items: [] });
    await deps.setBadge(computeBadge(badgeStateOf(config, slice, deps.language), deps.t));
  }

  async function reschedule(db: NewsDb, config: EffectiveConfig): Promise<void> {
    if (!enabled(config)) return deps.scheduleWake(null);
    const states = await Promise.all(config.feeds.map((feed) => getFeedState(db, feed.id)));
    const earliest = Math.min(...states.map((state) => state.nextPollAt));
    return deps.scheduleWake(Math.max(earliest, deps.now() + MIN_WAKE_MS));
  }

  /**
   * New unread items marked important, grouped and rate-limited by planNotification; items held back by the
   * rate limit are shown with the next poll's.
   */
  async function notifyImportant(db: NewsDb, freshKeys: string[]): Promise<void> {
    const notifications = deps.notifications;
    if (!notifications) return;
    const fresh = new Set(freshKeys);
    const candidates =
      fresh.size === 0
        ? []
        : (await listItems(db))
            .filter((item) => fresh.has(item.key) && item.important && item.unread)
            .map((item) => ({ key: item.key, title: item.title }));
    const state = await notifications.load();
    if (candidates.length === 0 && state.pending.length === 0) return;
    const plan = planNotification(state, candidates, deps.now(), deps.t);
    await notifications.save(plan.state);
    if (plan.show) await notifications.show(plan.show);
  }

  async function pollOnce(select: (nextPollAt: number, lastSuccessAt: number | undefined) => boolean) {
    const [db, config] = await Promise.all([deps.db(), deps.config()]);
    await removeFeedsExcept(
      db,
      config.feeds.map((feed) => feed.id),
    );
    if (enabled(config)) {
      const freshKeys: string[] = [];
      for (const feed of config.feeds) {
        const state = await getFeedState(db, feed.id);
        if (!select(state.nextPollAt, state.lastSuccessAt)) continue;
        const refusal = urlRefusal(feed.url, config.allowedInsecureOrigins);
        if (refusal) {
          await putFeedState(db, { ...state, health: 'failing', message: `Feed address ${refusal}` });
          continue;
        }
        const outcome = await pollFeed(
          { db, fetch: deps.fetch, now: deps.now, random: deps.random },
          feed,
          state,
          config.pollingIntervalMinutes,
        );
        // A feed's first sync is the backlog, not news: it never notifies.
        if (state.lastSuccessAt !== undefined) freshKeys.push(...(outcome.saved?.newUnread ?? []));
      }
      if (config.features.notifications) await notifyImportant(db, freshKeys);
      await pruneReadMarks(db, deps.now());
    }
    await reschedule(db, config);
    await publish();
  }

  return {
    poll: (force = false) =>
      polls.run('poll the feeds', () => pollOnce((nextPollAt) => force || nextPollAt <= deps.now())),
    onStartup: () =>
      polls.run('poll the stale feeds', async () => {
        const config = await deps.config();
        const now = deps.now();
        await pollOnce(
          (nextPollAt, lastSuccessAt) =>
            nextPollAt <= now ||
            lastSuccessAt === undefined ||
            isStale(lastSuccessAt, now, config.pollingIntervalMinutes) ||
            now - lastSuccessAt > config.pollingIntervalMinutes * 60_000,
        );
      }),
    async markAllRead(feedId) {
      await markAllRead(await deps.db(), deps.now(), feedId);
      await publish();
    },
    async openItem(key, from = 'newsList', disposition = 'newTab') {
      const [db, config] = await Promise.all([deps.db(), deps.config()]);
      const item = await db.get('items', key);
      if (!item) return;
      // Counted before the tab opens, so that this path wins over the tab visit that follows (esnTab).
      if (deps.record) await recordOpening(deps.record, await listItems(db), item, from);
      if (item.url && urlRefusal(item.url, config.allowedInsecureOrigins) === null)
        await deps.openTab(item.url, disposition);
      await markRead(db, [key], deps.now());
      await publish();
    },
    async onVisited(url) {
      const config = await deps.config();
      if (!enabled(config)) return;
      const db = await deps.db();
      const keys = await keysForUrl(db, url.split('#')[0] ?? url);
      if (keys.length === 0) return;
      const items = await listItems(db);
      if (deps.record) await recordTabReading(deps.record, items, keys);
      const unread = keys.filter((key) => items.some((item) => item.key === key && item.unread));
      if (unread.length === 0) return;
      await markRead(db, unread, deps.now());
      await publish();
    },
    publish,
  };
}
