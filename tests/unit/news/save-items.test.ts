/** The unread rule of save-items.ts, case by case, as the issue reproduced them on a real intranet. */
import { afterEach, describe, expect, it } from 'vitest';
import { saveFeedItems } from '@/utils/news/save-items';
import { listItems, markRead, type NewsDb, openNewsDb, pruneReadMarks, READ_MARK_DAYS } from '@/utils/news/store';
import type { NewsItem } from '@/utils/news/types';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 10, 27, 9);
let counter = 0;
const opened: NewsDb[] = [];

async function freshDb(): Promise<NewsDb> {
  counter += 1;
  const db = await openNewsDb(`save-items-${counter}`);
  opened.push(db);
  return db;
}

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

function post(key: string, ageDays: number | undefined, feedId = 'a'): NewsItem {
  return {
    key,
    feedId,
    title: key,
    url: `https://esn.example/${key}`,
    ...(ageDays === undefined ? {} : { publishedAt: NOW - ageDays * DAY }),
    categories: [],
    important: false,
  };
}

const unread = async (db: NewsDb) => (await listItems(db)).filter((i) => i.unread).map((i) => i.key);
const listed = async (db: NewsDb) => (await listItems(db)).map((i) => i.key);

/** A WordPress-like feed: the `size` newest posts of `posts` (newest first). */
const windowOf = (posts: NewsItem[], size: number) => posts.slice(0, size);

describe('saveFeedItems: a post leaving the feed', () => {
  const posts = [post('p1', 0.5), post('p2', 1), post('p3', 2), post('p4', 5), post('older', 12)];

  it('a deleted post brings no phantom unread, and its restoring changes nothing', async () => {
    const db = await freshDb();
    const first = await saveFeedItems(db, 'a', windowOf(posts, 4), NOW, { firstSync: true });
    expect(await unread(db)).toEqual(['p1', 'p2', 'p3']);
    // p2 is deleted: the 12-day-old post, never seen, slides into the 4-post window.
    const withoutP2 = posts.filter((p) => p.key !== 'p2');
    const second = await saveFeedItems(db, 'a', windowOf(withoutP2, 4), NOW + HOUR, {
      firstSync: false,
      ...(first.windowOldestAt === undefined ? {} : { windowOldestAt: first.windowOldestAt }),
    });
    expect(second.newUnread).toEqual([]);
    expect(await listed(db)).toEqual(['p1', 'p3', 'p4', 'older']);
    expect(await unread(db)).toEqual(['p1', 'p3']);
    // p2 is restored: "older" leaves the window and the list; p2 is unread again, as it was (never read).
    await saveFeedItems(db, 'a', windowOf(posts, 4), NOW + 2 * HOUR, { firstSync: false });
    expect(await listed(db)).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(await unread(db)).toEqual(['p1', 'p2', 'p3']);
  });

  it('uses the stored items when the feed state has no window yet (data written by 0.1.0)', async () => {
    const db = await freshDb();
    await saveFeedItems(db, 'a', windowOf(posts, 4), NOW, { firstSync: true });
    const withoutP2 = posts.filter((p) => p.key !== 'p2');
    await saveFeedItems(db, 'a', windowOf(withoutP2, 4), NOW + HOUR, { firstSync: false });
    expect(await unread(db)).toEqual(['p1', 'p3']);
  });

  it('a read post that leaves and returns is still read; its mark outlives it for the retention period', async () => {
    const db = await freshDb();
    await saveFeedItems(db, 'a', windowOf(posts, 4), NOW, { firstSync: true });
    await markRead(db, ['p1'], NOW);
    await saveFeedItems(db, 'a', posts.slice(1, 4), NOW + HOUR, { firstSync: false });
    expect(await listed(db)).toEqual(['p2', 'p3', 'p4']);
    expect(await pruneReadMarks(db, NOW + (READ_MARK_DAYS - 1) * DAY)).toBe(0);
    await saveFeedItems(db, 'a', windowOf(posts, 4), NOW + 2 * HOUR, { firstSync: false });
    expect(await unread(db)).toEqual(['p2', 'p3']);
  });

  it('a feed that suddenly answers with no item keeps the list (a glitch, not a mass deletion)', async () => {
    const db = await freshDb();
    const first = await saveFeedItems(db, 'a', windowOf(posts, 4), NOW, { firstSync: true });
    const empty = await saveFeedItems(db, 'a', [], NOW + HOUR, { firstSync: false });
    expect(await listed(db)).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(empty.windowOldestAt).toBe(first.windowOldestAt);
  });

  it('a post shown by two feeds leaves the list only when neither shows it', async () => {
    const db = await freshDb();
    await saveFeedItems(db, 'a', [post('shared', 1), post('a1', 1)], NOW, { firstSync: false });
    await saveFeedItems(db, 'b', [post('shared', 1, 'b')], NOW, { firstSync: false });
    await saveFeedItems(db, 'a', [post('a1', 1)], NOW + HOUR, { firstSync: false });
    expect((await listItems(db)).map((i) => [i.key, i.feedId, i.feedIds])).toEqual([
      ['shared', 'b', ['b']],
      ['a1', 'a', ['a']],
    ]);
    await saveFeedItems(db, 'b', [post('b1', 0, 'b')], NOW + 2 * HOUR, { firstSync: false });
    expect(await listed(db)).toEqual(['b1', 'a1']);
  });
});

describe('saveFeedItems: undated posts', () => {
  it('first sync: undated posts are backlog (read), listed after the dated ones in feed order', async () => {
    const db = await freshDb();
    await saveFeedItems(db, 'a', [post('u1', undefined), post('d1', 1), post('u2', undefined), post('d2', 10)], NOW, {
      firstSync: true,
    });
    expect(await listed(db)).toEqual(['d1', 'd2', 'u1', 'u2']);
    expect(await unread(db)).toEqual(['d1']);
  });

  it('later: a new undated post is news, listed by when it was first seen', async () => {
    const db = await freshDb();
    await saveFeedItems(db, 'a', [post('d1', 0.5), post('u1', undefined)], NOW, { firstSync: true });
    const result = await saveFeedItems(
      db,
      'a',
      [post('u-new', undefined), post('d1', 0.5), post('u1', undefined)],
      NOW + DAY,
      {
        firstSync: false,
      },
    );
    expect(result.newUnread).toEqual(['u-new']);
    expect(await listed(db)).toEqual(['u-new', 'd1', 'u1']);
    const [stored] = await listItems(db);
    expect(stored).toMatchObject({ key: 'u-new', firstSeenAt: NOW + DAY, unread: true });
    // A post published after it was first seen is listed above it.
    await saveFeedItems(db, 'a', [post('d-later', -2), post('u-new', undefined), post('d1', 0.5)], NOW + 3 * DAY, {
      firstSync: false,
    });
    expect((await listed(db)).slice(0, 2)).toEqual(['d-later', 'u-new']);
  });
});

describe('saveFeedItems: cost', () => {
  it('the same items again write nothing; an edited title writes that one item', async () => {
    const db = await freshDb();
    const posts = [post('p1', 0.5), post('p2', 1), post('u', undefined)];
    const first = await saveFeedItems(db, 'a', posts, NOW, { firstSync: true });
    expect(first.writes).toBe(3 + 1 /* the undated backlog post's read mark */);
    expect((await saveFeedItems(db, 'a', posts, NOW + HOUR, { firstSync: false })).writes).toBe(0);
    const edited = [{ ...post('p1', 0.5), title: 'p1 (edited)' }, post('p2', 1), post('u', undefined)];
    expect((await saveFeedItems(db, 'a', edited, NOW + 2 * HOUR, { firstSync: false })).writes).toBe(1);
  });
});
