/** What the popup needs to paint the news list at once (the items themselves live in IndexedDB). */
import type { LocalizedText } from '../config/schema';
import type { FeedHealth, FeedRefusalReason } from './types';

export interface NewsItemView {
  key: string;
  /** The first configured feed that shows it (its label is shown). */
  feedId: string;
  /** The other configured feeds that show it too, if any (the feed filter lists it under each). */
  alsoIn?: string[];
  /** Plain text: rendered as text, never as HTML. */
  title: string;
  url?: string;
  publishedAt?: number;
  unread: boolean;
  important?: boolean;
}

export interface NewsFeedView {
  id: string;
  /** Configured label (string or {fr,en}): the popup localises it. */
  label: LocalizedText;
  unread: number;
  health: FeedHealth;
  stale: boolean;
  lastSuccessAt?: number;
  /** When the next attempt is due (shown while failing). */
  nextPollAt?: number;
  /** Why the last poll failed, while it is failing: the popup names the feed and the reason. */
  problem?: { refusal?: FeedRefusalReason; status?: number; message?: string };
}

/** The worst state across feeds, which the badge marks and the popup explains. */
export type NewsStatus = 'ok' | 'never' | 'signedOut' | 'failing' | 'stale';

export interface NewsSlice {
  unreadCount: number;
  /** The newest NEWS_SLICE_ITEMS items, newest first. */
  items: NewsItemView[];
  feeds: NewsFeedView[];
  status: NewsStatus;
  /** Where to sign in when signed out (the ESN's home page). */
  signInUrl?: string;
}

export const NEWS_SLICE_ITEMS = 50;

/** Whether the item is one of the feed's (its first feed, or one of the others that show it). */
export function isInFeed(item: Pick<NewsItemView, 'feedId' | 'alsoIn'>, feedId: string): boolean {
  return item.feedId === feedId || (item.alsoIn?.includes(feedId) ?? false);
}

export const EMPTY_NEWS_SLICE: NewsSlice = { unreadCount: 0, items: [], feeds: [], status: 'never' };
