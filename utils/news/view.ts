/** Store contents + feed states + configuration → the popup's news slice and the badge's input. Pure. */
import type { EffectiveConfig } from '../config/effective';
import { localize } from '../i18n/localized-text';
import type { Language } from '../i18n/translator';
import type { BadgeState } from './badge';
import type { FeedState } from './feed-state';
import { isStale } from './schedule';
import { NEWS_SLICE_ITEMS, type NewsFeedView, type NewsSlice, type NewsStatus } from './slice';
import type { ItemWithState } from './store';

export function feedStatus(feeds: NewsFeedView[]): NewsStatus {
  if (feeds.length === 0) return 'never';
  if (feeds.some((feed) => feed.health === 'signedOut')) return 'signedOut';
  if (feeds.some((feed) => feed.health === 'failing' || feed.health === 'refused')) return 'failing';
  if (feeds.some((feed) => feed.stale)) return 'stale';
  if (feeds.every((feed) => feed.health === 'never')) return 'never';
  return 'ok';
}

function problemOf(state: FeedState): NonNullable<NewsFeedView['problem']> {
  return {
    ...(state.refusal && { refusal: state.refusal }),
    ...(state.lastStatus !== undefined && { status: state.lastStatus }),
    ...(state.message && { message: state.message }),
  };
}

export function buildNewsSlice(
  config: EffectiveConfig,
  items: ItemWithState[],
  states: FeedState[],
  now: number,
): NewsSlice {
  const configured = new Set(config.feeds.map((feed) => feed.id));
  const listed = items.filter((item) => configured.has(item.feedId));
  const feeds: NewsFeedView[] = config.feeds.map((feed) => {
    const state = states.find((candidate) => candidate.feedId === feed.id);
    return {
      id: feed.id,
      label: feed.label,
      unread: listed.filter((item) => item.feedId === feed.id && item.unread).length,
      health: state?.health ?? 'never',
      stale: isStale(state?.lastSuccessAt, now, config.pollingIntervalMinutes),
      ...(state?.lastSuccessAt === undefined ? {} : { lastSuccessAt: state.lastSuccessAt }),
      ...(state?.nextPollAt ? { nextPollAt: state.nextPollAt } : {}),
      ...(state && state.health !== 'ok' && state.health !== 'never' && { problem: problemOf(state) }),
    };
  });
  const slice: NewsSlice = {
    unreadCount: listed.filter((item) => item.unread).length,
    items: listed.slice(0, NEWS_SLICE_ITEMS).map((item) => ({
      key: item.key,
      feedId: item.feedId,
      title: item.title,
      ...(item.url === undefined ? {} : { url: item.url }),
      ...(item.publishedAt === undefined ? {} : { publishedAt: item.publishedAt }),
      unread: item.unread,
      ...(item.important ? { important: true } : {}),
    })),
    feeds,
    status: feedStatus(feeds),
  };
  if (config.esn.homeUrl) slice.signInUrl = config.esn.homeUrl;
  return slice;
}

export function badgeStateOf(config: EffectiveConfig, slice: NewsSlice, language: Language): BadgeState {
  return {
    enabled: config.features.news && config.feeds.length > 0,
    unreadCount: slice.unreadCount,
    status: slice.status,
    feeds: slice.feeds.map((feed) => ({ label: localize(feed.label, language), unread: feed.unread })),
  };
}
