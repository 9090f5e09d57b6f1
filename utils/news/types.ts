/** The news capability's data, shared by the parser, the store, the poller and the badge. */

export interface NewsItem {
  /** Stable identity across polls and feeds (see itemKey in normalise.ts). */
  key: string;
  feedId: string;
  /** Plain text, entities decoded: render as text, never as HTML. */
  title: string;
  /** Absolute http(s) address, resolved against the feed's URL. */
  url?: string;
  /** Milliseconds since the epoch. */
  publishedAt?: number;
  categories: string[];
  important: boolean;
}

/** Why a document was not accepted as a feed: said to the user and kept in the feed's state. */
export type FeedRefusalReason = 'html' | 'browserMangled' | 'truncated' | 'malformed' | 'empty' | 'tooLarge';

export class FeedRefusedError extends Error {
  constructor(
    readonly reason: FeedRefusalReason,
    message: string,
  ) {
    super(message);
    this.name = 'FeedRefusedError';
  }
}

/** By name, not by class: the parser runs from its own script (utils/lazy), with its own copy of the class. */
export function isFeedRefusedError(error: unknown): error is FeedRefusedError {
  return error instanceof Error && error.name === 'FeedRefusedError' && 'reason' in error;
}

/** Where a feed stands, as the badge and the popup show it. */
export type FeedHealth = 'ok' | 'never' | 'signedOut' | 'failing' | 'refused';
