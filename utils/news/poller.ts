/**
 * Polls one feed: a conditional request with the browser's ESN session, then the new state of the feed.
 * A 304, or a 200 whose body is the one already read (feed-digest.ts), costs no parse and no item write: only
 * the feed's state (its schedule) is written. A sign-in page (HTML instead of the feed, or a redirect to it) or a
 * 401/403 is "signed out", never parsed. Any failure keeps the items already stored.
 * `fetch`, `now` and `random` are injected: the background passes the real ones, tests their doubles.
 */
import { describeBytes, readLimited } from '../http/read-limited';
import { parseRetryAfter } from '../http/retry-after';
import { redirectedToSignIn } from '../http/sign-in-page';
import { conditionalHeaders, validatorsOf } from '../http/validators';
import { feedDigest } from './feed-digest';
import type { FeedState } from './feed-state';
import type { FeedRef } from './normalise';
import type { ReadFeedResult } from './read-feed';
import { type SaveResult, saveFeedItems } from './save-items';
import { nextPollAt, serverHintMinutes } from './schedule';
import { type NewsDb, putFeedState } from './store';
import { isFeedRefusedError } from './types';

const POLL_TIMEOUT_MS = 30_000;
/** Far above any feed (5,000 full items are 6 MB); a feed address that serves a video or a dump stops here. */
export const MAX_FEED_BYTES = 16 * 1024 * 1024;

interface PollDeps {
  db: NewsDb;
  fetch: typeof fetch;
  now: () => number;
  random: () => number;
}

interface PollOutcome {
  state: FeedState;
  /** Present when items were stored (a 200 that parsed). */
  saved?: SaveResult;
}

function looksLikeSignIn(response: Response, feedUrl: string): boolean {
  if (response.status === 401 || response.status === 403) return true;
  // An HTML body is recognised before parsing too (FeedRefusedError 'html'), whatever its Content-Type says.
  return redirectedToSignIn(response, feedUrl);
}

export async function pollFeed(
  deps: PollDeps,
  feed: FeedRef,
  previous: FeedState,
  intervalMinutes: number,
): Promise<PollOutcome> {
  const startedAt = deps.now();
  const schedule = (failures: number, hint?: number, retryAfterMs?: number) =>
    nextPollAt({
      now: deps.now(),
      intervalMinutes,
      failures,
      random: deps.random(),
      ...(hint === undefined ? {} : { serverHintMinutes: hint }),
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    });
  const failed = async (patch: Partial<FeedState>, retryAfterMs?: number): Promise<PollOutcome> => {
    const failures = previous.failures + 1;
    const state: FeedState = {
      ...previous,
      failures,
      lastAttemptAt: startedAt,
      nextPollAt: schedule(failures, previous.serverHintMinutes, retryAfterMs),
      health: 'failing',
      ...patch,
    };
    await putFeedState(deps.db, state);
    return { state };
  };

  // Both validators, even when the ETag is weak (W/"…", often a gzip proxy's doing): If-None-Match compares weakly,
  // so a correct server still answers 304; a server that compares strings ignores it and may still honour
  // If-Modified-Since. When neither works, the body digest below makes the 200 as cheap as a 304.
  const headers = {
    Accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.5',
    ...conditionalHeaders(previous),
  };

  let response: Response;
  try {
    // no-store: the browser's HTTP cache must not answer for the ESN, nor turn our 304s into 200s.
    response = await deps.fetch(feed.url, {
      credentials: 'include',
      cache: 'no-store',
      headers,
      signal: AbortSignal.timeout(POLL_TIMEOUT_MS),
    });
  } catch (error) {
    return failed({ lastStatus: 0, message: error instanceof Error ? error.message : String(error) });
  }

  const hint = serverHintMinutes(response.headers.get('Cache-Control')) ?? previous.serverHintMinutes;
  /** What every answered poll sets, whether the feed changed or not: no failure, healthy, the next poll planned. */
  const succeeded = () =>
    ({
      failures: 0,
      lastAttemptAt: startedAt,
      lastSuccessAt: startedAt,
      lastStatus: response.status,
      nextPollAt: schedule(0, hint),
      health: 'ok',
      ...(hint === undefined ? {} : { serverHintMinutes: hint }),
    }) satisfies Partial<FeedState>;
  /** Nothing changed (a 304, or the same bytes again): the feed's state only, with the validators it got. */
  const unchanged = async (validators: Pick<FeedState, 'etag' | 'lastModified'>): Promise<PollOutcome> => {
    const { message: _message, refusal: _refusal, ...kept } = previous;
    const state: FeedState = { ...kept, ...validators, ...succeeded(), lastCost: { parsed: false, writes: 0 } };
    await putFeedState(deps.db, state);
    return { state };
  };
  if (response.status === 304) return unchanged({});
  if (response.status === 429 || response.status >= 500 || !response.ok) {
    if (response.status === 401 || response.status === 403) {
      return failed({ health: 'signedOut', lastStatus: response.status, message: `HTTP ${response.status}` });
    }
    const retryAfter = parseRetryAfter(response.headers.get('Retry-After'), deps.now()) ?? undefined;
    return failed({ lastStatus: response.status, message: `HTTP ${response.status}` }, retryAfter);
  }
  if (looksLikeSignIn(response, feed.url)) {
    return failed({ health: 'signedOut', lastStatus: response.status, message: `Sign-in page at ${response.url}` });
  }

  const validators = validatorsOf(response.headers);
  let bytes: Uint8Array;
  let result: ReadFeedResult;
  let digest: string;
  try {
    const body = await readLimited(response, MAX_FEED_BYTES);
    if (body === null) {
      const message = `the feed is larger than ${describeBytes(MAX_FEED_BYTES)}: not read (is the address a feed?)`;
      return failed({ health: 'refused', refusal: 'tooLarge', lastStatus: response.status, message });
    }
    bytes = body;
    digest = await feedDigest(feed, bytes);
    if (previous.lastSuccessAt !== undefined && previous.bodyDigest === digest) return unchanged(validators);
    // The parser is loaded on the first body worth reading (utils/lazy/lazy-scripts.ts).
    const { readFeed } = await import('./read-feed');
    result = readFeed(feed, bytes, response.headers.get('Content-Type'));
  } catch (error) {
    if (isFeedRefusedError(error)) {
      const health = error.reason === 'html' ? 'signedOut' : 'refused';
      return failed({ health, refusal: error.reason, lastStatus: response.status, message: error.message });
    }
    return failed({ lastStatus: response.status, message: error instanceof Error ? error.message : String(error) });
  }

  const saved = await saveFeedItems(deps.db, feed.id, result.items, deps.now(), {
    firstSync: previous.lastSuccessAt === undefined,
    ...(previous.windowOldestAt === undefined ? {} : { windowOldestAt: previous.windowOldestAt }),
  });
  const state: FeedState = {
    feedId: previous.feedId,
    ...validators,
    ...succeeded(),
    bodyDigest: digest,
    lastCost: { parsed: true, writes: saved.writes },
    ...(saved.windowOldestAt === undefined ? {} : { windowOldestAt: saved.windowOldestAt }),
  };
  await putFeedState(deps.db, state);
  return { state, saved };
}
