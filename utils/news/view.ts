/**
 * Store contents + feed states + configuration → the popup's news slice and the badge's input. Pure.
 * A post two configured feeds show counts once in the total and once in each of those feeds' counts (each feed
 * says what it holds unread); it is listed once, under the first of its feeds in the configuration's order.
 */
import type { EffectiveConfig } from '../config/effective';
import { localize } from '../i18n/localized-text';
import type { Language } from '../i18n/translator';
import type { BadgeState } from './badge';
import type { FeedState } from './feed-state';
import { isStale } from './schedule';
import { NEWS_SLICE_ITEMS, type NewsFeedView, type NewsSlice, type NewsStatus } from './slice';
import type { ItemWithState } from './store';

function feedStatus(feeds: NewsFeedView[]): NewsStatus {
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
  const order = config.feeds.map((feed) => feed.id);
  const listed = items.flatMap((item) => {
    const feedId = order.find((id) => item.feedIds.includes(id));
    return feedId === undefined ? [] : [{ ...item, feedId }];
  });
  const feeds: NewsFeedView[] = config.feeds.map((feed) => {
    const state = states.find((candidate) => candidate.feedId === feed.id);
    return {
      id: feed.id,
      label: feed.label,
      unread: listed.filter((item) => item.unread && item.feedIds.includes(feed.id)).length,
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
      ...alsoIn(item, order),
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

function alsoIn(item: { feedId: string; feedIds: string[] }, order: string[]): { alsoIn?: string[] } {
  const others = order.filter((id) => id !== item.feedId && item.feedIds.includes(id));
  return others.length === 0 ? {} : { alsoIn: others };
}

export function badgeStateOf(config: EffectiveConfig, slice: NewsSlice, language: Language): BadgeState {
  return {
    enabled: config.features.news && config.feeds.length > 0,
    unreadCount: slice.unreadCount,
    status: slice.status,
    feeds: slice.feeds.map((feed) => ({ label: localize(feed.label, language), unread: feed.unread })),
  };
}
