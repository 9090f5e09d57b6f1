/**
 * Wires the news service to the browser: one alarm (never timers), browser start, messages from the popup,
 * and pages shown in tabs (reading an item on the ESN marks it read: utils/tabs/web-page-commits.ts). Listeners are
 * registered synchronously.
 */
import { browser } from 'wxt/browser';
import { alreadyLogged } from '../async/serial-queue';
import { effectiveConfigItem } from '../config/storage';
import { browserLanguage, browserTranslate } from '../i18n/browser-translator';
import { recordIndicator } from '../indicators/record';
import type { HandleMessage } from '../messaging/handle';
import { publishSlice } from '../snapshot/publish';
import { openWithDisposition } from '../tabs/open-tab';
import { onWebPageCommitted } from '../tabs/web-page-commits';
import { notificationsItem } from './notifications-storage';
import { createNewsService } from './service';
import { type NewsDb, openNewsDb } from './store';

const NEWS_ALARM = 'passerelle-news-poll';
/** Notification ids carry the item they open: `passerelle-news:<item key>`. */
const NOTIFICATION_PREFIX = 'passerelle-news:';

export function startNews(handleMessage: HandleMessage): void {
  let db: Promise<NewsDb> | null = null;
  const service = createNewsService({
    db: () => {
      db ??= openNewsDb();
      return db;
    },
    config: () => effectiveConfigItem.getValue(),
    fetch: (input, init) => fetch(input, init),
    now: () => Date.now(),
    random: () => Math.random(),
    openTab: openWithDisposition,
    setBadge: async (badge) => {
      await Promise.all([
        browser.action.setBadgeText({ text: badge.text }),
        browser.action.setBadgeBackgroundColor({ color: badge.color }),
        browser.action.setTitle({ title: badge.title }),
      ]);
    },
    scheduleWake: async (when) => {
      if (when === null) await browser.alarms.clear(NEWS_ALARM);
      else await browser.alarms.create(NEWS_ALARM, { when });
    },
    publish: (slice) => publishSlice('news', slice),
    t: browserTranslate,
    language: browserLanguage(),
    record: (event) => recordIndicator(event),
    notifications: {
      load: () => notificationsItem.getValue(),
      save: (state) => notificationsItem.setValue(state),
      show: async (plan) => {
        await browser.notifications.create(NOTIFICATION_PREFIX + plan.key, {
          type: 'basic',
          iconUrl: browser.runtime.getURL('/icon/128.png'),
          title: plan.title,
          message: plan.message,
        });
      },
    },
  });
  const report = (error: unknown) => console.error('Passerelle: news', error);

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === NEWS_ALARM) service.poll().catch(alreadyLogged);
  });
  browser.runtime.onStartup.addListener(() => {
    service.onStartup().catch(alreadyLogged);
  });
  onWebPageCommitted((_tabId, url) => {
    service.onVisited(url).catch(report);
  });
  effectiveConfigItem.watch(() => {
    service.poll().catch(alreadyLogged);
  });
  browser.notifications.onClicked.addListener((id) => {
    if (!id.startsWith(NOTIFICATION_PREFIX)) return;
    void browser.notifications.clear(id);
    service.openItem(id.slice(NOTIFICATION_PREFIX.length), 'notification').catch(report);
  });
  handleMessage('refreshNews', () => service.poll(true));
  handleMessage('markAllRead', (data) => service.markAllRead(data?.feedId));
  handleMessage('openNewsItem', ({ key, from, disposition }) => service.openItem(key, from, disposition));

  // Woken (install, update, any event): follow the schedule; feeds never polled are due at once (nextPollAt 0).
  service.poll().catch(alreadyLogged);
}
