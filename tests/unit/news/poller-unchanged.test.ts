/**
 * A server that never answers 304 (weak ETag compared as a string, no Last-Modified honoured): the same bytes
 * answered 200 cost what a 304 costs — no parse, no item write, one feed-state record.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { feedDigest } from '@/utils/news/feed-digest';
import { initialFeedState } from '@/utils/news/feed-state';
import { pollFeed } from '@/utils/news/poller';
import * as readFeedModule from '@/utils/news/read-feed';
import { listItems, type NewsDb, openNewsDb } from '@/utils/news/store';
import { FEED_URL, RSS2 } from './fixtures/feeds';

const NOW = Date.UTC(2026, 10, 27, 9);
const feed = { id: 'news', url: FEED_URL };
const WEAK = 'W/"5f3a-gzip"';
let counter = 0;
const opened: NewsDb[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  vi.restoreAllMocks();
});

const weak =
  (body = RSS2) =>
  () =>
    new Response(body, {
      headers: { 'Content-Type': 'application/rss+xml', ETag: WEAK, 'Last-Modified': 'Fri, 27 Nov 2026 08:00:00 GMT' },
    });

async function setup(responses: Array<() => Response>) {
  counter += 1;
  const db = await openNewsDb(`poller-unchanged-${counter}`);
  opened.push(db);
  const headers: Array<Record<string, string>> = [];
  const fetch = (async (_input: RequestInfo | URL, init?: RequestInit) => {
    headers.push(init?.headers as Record<string, string>);
    const next = responses.shift();
    if (!next) throw new TypeError('Failed to fetch');
    return next();
  }) as typeof globalThis.fetch;
  let clock = NOW;
  const deps = { db, fetch, now: () => clock, random: () => 0.5 };
  return { db, deps, headers, tick: () => (clock += 15 * 60_000) };
}

describe('pollFeed: an unchanged feed answered 200', () => {
  it('same bytes: no parse, no item write; the state says so and the schedule moves on', async () => {
    const { db, deps, headers, tick } = await setup([weak(), weak(), weak()]);
    const first = await pollFeed(deps, feed, initialFeedState('news'), 15);
    expect(first.state.lastCost).toEqual({ parsed: true, writes: expect.any(Number) });
    expect(first.state.lastCost?.writes).toBeGreaterThan(0);
    const before = await listItems(db);
    const parse = vi.spyOn(readFeedModule, 'readFeed');
    let state = first.state;
    for (const _poll of [2, 3]) {
      tick();
      const outcome = await pollFeed(deps, feed, state, 15);
      expect(outcome.saved).toBeUndefined();
      expect(outcome.state).toMatchObject({ health: 'ok', lastStatus: 200, lastCost: { parsed: false, writes: 0 } });
      expect(outcome.state.nextPollAt).toBeGreaterThan(state.nextPollAt);
      state = outcome.state;
    }
    expect(parse).not.toHaveBeenCalled();
    expect(await listItems(db)).toEqual(before);
    // The weak ETag is still sent (a correct server compares weakly), with If-Modified-Since beside it.
    expect(headers[2]).toMatchObject({ 'If-None-Match': WEAK, 'If-Modified-Since': 'Fri, 27 Nov 2026 08:00:00 GMT' });
  });

  it('a changed body is read again and its new item stored', async () => {
    const changed = RSS2.replace(
      '<item>',
      '<item><title>Fresh</title><link>https://esn.example/news/43</link></item><item>',
    );
    const { db, deps, tick } = await setup([weak(), weak(changed)]);
    const first = await pollFeed(deps, feed, initialFeedState('news'), 15);
    tick();
    const second = await pollFeed(deps, feed, first.state, 15);
    expect(second.state.lastCost?.parsed).toBe(true);
    expect(second.saved?.newUnread).toEqual(['https://esn.example/news/43']);
    expect((await listItems(db)).map((item) => item.title)).toContain('Fresh');
  });

  it('the first poll after a failure with the same bytes is a success without a parse', async () => {
    const { deps, tick } = await setup([weak(), () => new Response('oops', { status: 500 }), weak()]);
    const first = await pollFeed(deps, feed, initialFeedState('news'), 15);
    tick();
    const failed = await pollFeed(deps, feed, first.state, 15);
    tick();
    const back = await pollFeed(deps, feed, failed.state, 15);
    expect(back.state).toMatchObject({ health: 'ok', failures: 0, lastCost: { parsed: false, writes: 0 } });
    expect(back.state).not.toHaveProperty('message');
  });
});

describe('feedDigest', () => {
  const bytes = new TextEncoder().encode(RSS2);

  it('is the same for the same bytes and feed, different when either changes', async () => {
    const digest = await feedDigest(feed, bytes);
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(await feedDigest(feed, new TextEncoder().encode(RSS2))).toBe(digest);
    expect(await feedDigest(feed, new TextEncoder().encode(`${RSS2} `))).not.toBe(digest);
    expect(await feedDigest({ ...feed, important: { categories: ['RH'] } }, bytes)).not.toBe(digest);
  });
});
