import { afterEach, describe, expect, it } from 'vitest';
import { initialFeedState } from '@/utils/news/feed-state';
import { MAX_FEED_BYTES, pollFeed } from '@/utils/news/poller';
import { listItems, type NewsDb, openNewsDb } from '@/utils/news/store';
import { FEED_URL, HTML_PAGE, RSS2, TRUNCATED } from './fixtures/feeds';

const NOW = Date.UTC(2026, 10, 27, 9);
const feed = { id: 'news', url: FEED_URL };
let counter = 0;
const opened: NewsDb[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

interface Call {
  url: string;
  init: RequestInit | undefined;
}

function fakeFetch(responses: Array<() => Response>) {
  const calls: Call[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init });
    const next = responses.shift();
    if (!next) throw new TypeError('Failed to fetch');
    return next();
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

function redirectedTo(url: string, body: string, contentType: string): Response {
  const response = new Response(body, { status: 200, headers: { 'Content-Type': contentType } });
  Object.defineProperty(response, 'redirected', { value: true });
  Object.defineProperty(response, 'url', { value: url });
  return response;
}

const ok = () =>
  new Response(RSS2, {
    status: 200,
    headers: { 'Content-Type': 'application/rss+xml', ETag: '"v1"', 'Last-Modified': 'Fri, 27 Nov 2026 08:00:00 GMT' },
  });

async function setup(responses: Array<() => Response>) {
  counter += 1;
  const db = await openNewsDb(`poller-${counter}`);
  opened.push(db);
  const fake = fakeFetch(responses);
  const deps = { db, fetch: fake.fetch, now: () => NOW, random: () => 0.5 };
  return { db, deps, calls: fake.calls };
}

describe('pollFeed', () => {
  it('stores the items, the validators, and sends the session cookies', async () => {
    const { db, deps, calls } = await setup([ok]);
    const { state, saved } = await pollFeed(deps, feed, initialFeedState('news'), 15);
    expect(calls[0]?.init).toMatchObject({ credentials: 'include', cache: 'no-store' });
    expect(state).toMatchObject({ health: 'ok', etag: '"v1"', failures: 0, lastStatus: 200, lastSuccessAt: NOW });
    expect(state.nextPollAt).toBe(NOW + 15 * 60_000);
    expect(saved?.newUnread.length).toBe(3);
    expect(await listItems(db)).toHaveLength(4);
  });

  it('replays the validators; a 304 costs no parse and no item write', async () => {
    const { db, deps, calls } = await setup([ok, () => new Response(null, { status: 304 })]);
    const first = await pollFeed(deps, feed, initialFeedState('news'), 15);
    const before = await listItems(db);
    const second = await pollFeed(deps, feed, first.state, 15);
    const headers = calls[1]?.init?.headers as Record<string, string>;
    expect(headers['If-None-Match']).toBe('"v1"');
    expect(headers['If-Modified-Since']).toBe('Fri, 27 Nov 2026 08:00:00 GMT');
    expect(second.saved).toBeUndefined();
    expect(second.state).toMatchObject({ health: 'ok', lastStatus: 304, etag: '"v1"' });
    expect(await listItems(db)).toEqual(before);
  });

  it.each([
    ['401', () => new Response('no', { status: 401 })],
    ['403', () => new Response('no', { status: 403 })],
    [
      'a redirect to a sign-in page',
      () => redirectedTo('https://esn.example/connexion?retour=/feeds', HTML_PAGE, 'text/html'),
    ],
    ['an HTML page instead of the feed', () => new Response(HTML_PAGE, { headers: { 'Content-Type': 'text/html' } })],
  ])('%s is "signed out", and the stored items stay', async (_name, response) => {
    const { db, deps } = await setup([ok, response]);
    const first = await pollFeed(deps, feed, initialFeedState('news'), 15);
    const { state } = await pollFeed(deps, feed, first.state, 15);
    expect(state.health).toBe('signedOut');
    expect(await listItems(db)).toHaveLength(4);
  });

  it('a WordPress author feed redirected to its canonical address (a trailing slash) is read, not "signed out"', async () => {
    const authorFeed = { id: 'news', url: 'https://intranet.example/author/communication/feed' };
    const { db, deps } = await setup([() => redirectedTo(`${authorFeed.url}/`, RSS2, 'application/rss+xml')]);
    const { state, saved } = await pollFeed(deps, authorFeed, initialFeedState('news'), 15);
    expect(state).toMatchObject({ health: 'ok', lastStatus: 200 });
    expect(saved?.newUnread.length).toBe(3);
    expect(await listItems(db)).toHaveLength(4);
  });

  it('a 429 honours Retry-After; a 500 backs off; both keep the items and the validators', async () => {
    const { db, deps } = await setup([
      ok,
      () => new Response('slow down', { status: 429, headers: { 'Retry-After': '7200' } }),
      () => new Response('oops', { status: 500 }),
    ]);
    const first = await pollFeed(deps, feed, initialFeedState('news'), 15);
    const limited = await pollFeed(deps, feed, first.state, 15);
    expect(limited.state).toMatchObject({ health: 'failing', failures: 1, lastStatus: 429, etag: '"v1"' });
    expect(limited.state.nextPollAt).toBe(NOW + 7200_000);
    const broken = await pollFeed(deps, feed, limited.state, 15);
    expect(broken.state).toMatchObject({ failures: 2, lastStatus: 500 });
    expect(broken.state.nextPollAt).toBe(NOW + 60 * 60_000);
    expect(await listItems(db)).toHaveLength(4);
  });

  it('a network failure or a malformed feed keeps the items, with the reason', async () => {
    const { db, deps } = await setup([ok, () => new Response(TRUNCATED, { status: 200 })]);
    const first = await pollFeed(deps, feed, initialFeedState('news'), 15);
    const malformed = await pollFeed(deps, feed, first.state, 15);
    expect(malformed.state).toMatchObject({ health: 'refused', refusal: 'truncated', failures: 1 });
    const down = await pollFeed(deps, feed, malformed.state, 15);
    expect(down.state).toMatchObject({ health: 'failing', lastStatus: 0, failures: 2 });
    expect(await listItems(db)).toHaveLength(4);
  });

  it('stops reading a body past the feed limit, declared or streamed, and keeps the items', async () => {
    let chunksRead = 0;
    // A feed address that serves a video: no Content-Length, 1 MB at a time, without end.
    const endless = () =>
      new Response(
        new ReadableStream<Uint8Array>({
          pull(controller) {
            chunksRead += 1;
            controller.enqueue(new Uint8Array(1024 * 1024));
          },
        }),
        { status: 200, headers: { 'Content-Type': 'video/mp4' } },
      );
    const declared = () =>
      new Response('x', { status: 200, headers: { 'Content-Length': String(MAX_FEED_BYTES + 1) } });
    const { db, deps } = await setup([ok, endless, declared]);
    const first = await pollFeed(deps, feed, initialFeedState('news'), 15);
    const streamed = await pollFeed(deps, feed, first.state, 15);
    expect(streamed.state).toMatchObject({ health: 'refused', refusal: 'tooLarge', failures: 1 });
    expect(streamed.state.message).toMatch(/larger than 16\.0 MB/);
    expect(chunksRead).toBeLessThanOrEqual(MAX_FEED_BYTES / (1024 * 1024) + 2);
    const big = await pollFeed(deps, feed, streamed.state, 15);
    expect(big.state).toMatchObject({ refusal: 'tooLarge', failures: 2 });
    expect(await listItems(db)).toHaveLength(4);
  });

  it('a success after failures resets the backoff and clears the error', async () => {
    const { deps } = await setup([() => new Response('oops', { status: 500 }), ok]);
    const failed = await pollFeed(deps, feed, initialFeedState('news'), 15);
    const { state } = await pollFeed(deps, feed, failed.state, 15);
    expect(state).toMatchObject({ health: 'ok', failures: 0 });
    expect(state).not.toHaveProperty('message');
  });

  it('follows a Cache-Control max-age hint longer than the interval', async () => {
    const hinted = () => new Response(RSS2, { headers: { 'Cache-Control': 'max-age=3600' } });
    const { deps } = await setup([hinted]);
    const { state } = await pollFeed(deps, feed, initialFeedState('news'), 15);
    expect(state.serverHintMinutes).toBe(60);
    expect(state.nextPollAt).toBe(NOW + 60 * 60_000);
  });
});
