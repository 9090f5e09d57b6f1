/**
 * The news of La Ruche: company news (RSS feed "actualites") and events (Atom feed "evenements"), with the
 * store that lets tests publish, delete and restore items. Dates are relative to the moment the store is created.
 * Like a WordPress feed, each feed shows only its FEED_WINDOW newest posts: deleting one lets an older post (the
 * news feed keeps one, 12 days old) slide into the window.
 */
import { nextLastModified, toHttpSeconds } from '../conditional';
import type { Bilingual } from '../lang';
import { EVENTS_SEED } from './events-seed';
import { COMMUNICATION, NEWS_SEED, type SeedItem } from './news-seed';

export const FEED_IDS = ['actualites', 'evenements'] as const;
export type FeedId = (typeof FEED_IDS)[number];

export interface NewsItem {
  id: string;
  feedId: FeedId;
  title: Bilingual;
  summary: Bilingual;
  /** Paragraphs of the article page. */
  body: Bilingual[];
  categories: string[];
  /** Publication time, ms since epoch (whole seconds). */
  published: number;
  author: string;
  /** The RSS title is written inside CDATA instead of being escaped. */
  cdataTitle?: boolean;
  /** Events only: when (ms since epoch) and where. */
  event?: { startsAt: number; place: Bilingual };
  /** Written without a date in the feeds (some CMSs do): `published` only orders it. */
  undated?: boolean;
}

export interface PublishInput {
  id?: string;
  title: string;
  summary?: string;
  important?: boolean;
  /** Published without a date in the feeds. */
  undated?: boolean;
}

/** Posts a feed shows (WordPress's "Syndication feeds show the most recent" setting). */
export const FEED_WINDOW = 9;
const HOUR = 3_600_000;

function seed(feedId: FeedId, items: SeedItem[], now: number): NewsItem[] {
  return items.map(({ hoursAgo, event, ...item }) => ({
    ...item,
    feedId,
    published: toHttpSeconds(now - hoursAgo * HOUR),
    ...(event && { event: { startsAt: toHttpSeconds(now + event.startsInHours * HOUR), place: event.place } }),
  }));
}

interface FeedState {
  /** Every post, newest first, deleted ones included (they can be restored). */
  items: NewsItem[];
  lastModified: number;
}

export class NewsStore {
  private readonly feeds: Record<FeedId, FeedState>;
  private readonly deleted = new Set<string>();
  private publishedCount = 0;

  constructor(now: number = Date.now()) {
    const actualites = seed('actualites', NEWS_SEED, now);
    const evenements = seed('evenements', EVENTS_SEED, now);
    this.feeds = {
      actualites: { items: actualites, lastModified: Math.max(...actualites.map((item) => item.published)) },
      evenements: { items: evenements, lastModified: Math.max(...evenements.map((item) => item.published)) },
    };
  }

  /** What the feed shows: its FEED_WINDOW newest posts that are not deleted, newest first. */
  items(feedId: FeedId): readonly NewsItem[] {
    return this.feeds[feedId].items.filter((item) => !this.deleted.has(item.id)).slice(0, FEED_WINDOW);
  }

  lastModified(feedId: FeedId): number {
    return this.feeds[feedId].lastModified;
  }

  /** Any post, shown, deleted or beyond the window (its article page stays reachable). */
  find(id: string): NewsItem | undefined {
    for (const feedId of FEED_IDS) {
      const item = this.feeds[feedId].items.find((candidate) => candidate.id === id);
      if (item) return item;
    }
    return undefined;
  }

  /** Adds an item on top of the feed; its date becomes the feed's new Last-Modified. Returns its id. */
  publish(feedId: FeedId, input: PublishInput): string {
    if (!(FEED_IDS as readonly string[]).includes(feedId)) throw new Error(`Unknown feed: ${String(feedId)}`);
    if (typeof input.title !== 'string' || input.title.trim() === '') throw new Error('A title is required');
    this.publishedCount += 1;
    const id = input.id ?? `${feedId}-publication-${this.publishedCount}`;
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(id)) throw new Error(`Invalid item id: ${id}`);
    if (this.find(id)) throw new Error(`An item with id "${id}" already exists`);
    const feed = this.feeds[feedId];
    feed.lastModified = nextLastModified(feed.lastModified);
    const summary = input.summary ?? '';
    feed.items.unshift({
      id,
      feedId,
      title: { fr: input.title, en: input.title },
      summary: { fr: summary, en: summary },
      body: [],
      categories: input.important ? ['Important'] : [],
      published: feed.lastModified,
      author: COMMUNICATION,
      ...(input.undated ? { undated: true } : {}),
    });
    return id;
  }

  /** Every feed changes (a new Last-Modified), e.g. when their links are written another way. */
  touchAll(): void {
    for (const feedId of FEED_IDS) this.feeds[feedId].lastModified = nextLastModified(this.feeds[feedId].lastModified);
  }

  /** Deletes (`deleted` true) or restores a post; its feed changes (new Last-Modified). */
  setDeleted(id: string, deleted: boolean): void {
    const item = this.find(id);
    if (!item) throw new Error(`No item with id "${id}"`);
    if (deleted) this.deleted.add(id);
    else this.deleted.delete(id);
    const feed = this.feeds[item.feedId];
    feed.lastModified = nextLastModified(feed.lastModified);
  }
}
