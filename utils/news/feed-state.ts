/** Per-feed polling state, persisted in IndexedDB so backoff and conditional requests survive restarts. */
import type { FeedHealth, FeedRefusalReason } from './types';

export interface FeedState {
  feedId: string;
  /** Validators of the last 200 response, replayed as If-None-Match / If-Modified-Since. */
  etag?: string;
  lastModified?: string;
  /** Consecutive failures (drives the exponential backoff); 0 after a success. */
  failures: number;
  nextPollAt: number;
  lastAttemptAt?: number;
  lastSuccessAt?: number;
  /** HTTP status of the last response, or 0 when the request itself failed. */
  lastStatus?: number;
  health: FeedHealth;
  refusal?: FeedRefusalReason;
  /** Technical detail for the options page and logs (never shown as HTML). */
  message?: string;
  /** Minutes the server asked for (Cache-Control max-age), if any. */
  serverHintMinutes?: number;
  /** feedDigest of the last body that was read: the same bytes again are handled as a 304. */
  bodyDigest?: string;
  /** The oldest publication date among what the feed showed at its last successful poll (see save-items.ts). */
  windowOldestAt?: number;
  /** What the last successful poll cost: whether the body was parsed, and the store records written. */
  lastCost?: PollCost;
}

export interface PollCost {
  parsed: boolean;
  writes: number;
}

export function initialFeedState(feedId: string): FeedState {
  return { feedId, failures: 0, nextPollAt: 0, health: 'never' };
}
