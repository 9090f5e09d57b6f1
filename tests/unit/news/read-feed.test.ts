// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readFeed } from '@/utils/news/read-feed';
import { type FeedRefusalReason, FeedRefusedError } from '@/utils/news/types';
import {
  ATOM03,
  ATOM10,
  BROWSER_SAVED,
  FEED_URL,
  HTML_PAGE,
  JSON_FEED,
  RDF,
  RSS2,
  RSS091,
  SCRIPT_TITLE,
  TRUNCATED,
  UNCLOSED_ROOT,
} from './fixtures/feeds';

const feed = { id: 'news', url: FEED_URL, important: { categories: ['important'], titlePrefixes: ['[Urgent]'] } };
const read = (text: string) => readFeed(feed, new TextEncoder().encode(text)).items;

function refusal(text: string): FeedRefusalReason | null {
  try {
    readFeed(feed, new TextEncoder().encode(text));
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(FeedRefusedError);
    expect((error as FeedRefusedError).message.length).toBeGreaterThan(10);
    return (error as FeedRefusedError).reason;
  }
}

describe('readFeed: RSS 2.0', () => {
  const items = read(RSS2);

  it('reads every item once (duplicates merged), comments before the root are fine', () => {
    expect(items.map((item) => item.title)).toEqual([
      'Café & cantine : nouveaux horaires',
      'Moving day – Building B',
      'No link, no guid',
      'Dangerous link',
    ]);
  });

  it('decodes entities inside CDATA and drops markup from titles', () => {
    expect(items[0]?.title).toBe('Café & cantine : nouveaux horaires');
    expect(items[1]?.title).toBe('Moving day – Building B');
  });

  it('resolves relative links against the feed URL and keeps only http(s) links', () => {
    expect(items[0]?.url).toBe('https://esn.example/news/42');
    expect(items[3]?.url).toBeUndefined();
  });

  it('keys: bare guid scoped to the feed, URI guid as is, else the link, else a fingerprint', () => {
    expect(items[0]?.key).toBe('news#42');
    expect(items[1]?.key).toBe('https://esn.example/news/41');
    expect(items[2]?.key).toMatch(/^news#h:/);
    expect(items[3]?.key).toBe('urn:esn:news:39');
    expect(read(RSS2).map((item) => item.key)).toEqual(items.map((item) => item.key));
  });

  it('reads dates and categories', () => {
    expect(items[0]?.publishedAt).toBe(Date.UTC(2026, 10, 27, 8));
    expect(items[0]?.categories).toEqual(['RH']);
  });
});

describe('readFeed: other formats', () => {
  it('RSS 0.91', () => {
    expect(read(RSS091).map((item) => [item.title, item.url])).toEqual([
      ['Premier', 'https://old.example/1'],
      ['Second', 'https://old.example/2'],
    ]);
  });

  it('RSS 1.0 (RDF) with Dublin Core date and subject', () => {
    const items = read(RDF);
    expect(items.map((item) => item.key)).toEqual(['https://esn.example/a', 'https://esn.example/b']);
    expect(items[0]).toMatchObject({ publishedAt: Date.UTC(2026, 10, 26, 10), categories: ['Sécurité'] });
  });

  it('Atom 1.0: html titles as text, the alternate link resolved, published else updated', () => {
    const items = read(ATOM10);
    expect(items[0]).toMatchObject({
      key: 'tag:esn.example,2026:event-1',
      title: 'Forum des métiers',
      url: 'https://esn.example/feeds/events/1',
      publishedAt: Date.UTC(2026, 10, 27, 9),
      categories: ['Évènements'],
    });
    expect(items[1]?.publishedAt).toBe(Date.UTC(2026, 10, 20, 9));
  });

  it('Atom 0.3', () => {
    expect(read(ATOM03)).toMatchObject([
      { key: 'tag:legacy.example,2026:1', title: 'Legacy entry', url: 'https://legacy.example/1' },
    ]);
  });

  it('JSON Feed 1.1: entities decoded, an untitled post titled by its text, importance from tags', () => {
    const items = read(JSON_FEED);
    expect(items[0]).toMatchObject({ key: 'news#1', title: 'Hello & welcome', important: true });
    expect(items[1]?.title).toBe('A micro post without a title, long enough to be shortened later on.');
    expect(items[1]?.important).toBe(false);
  });

  it('marks items important by title prefix', () => {
    const text = RSS091.replace('<title>Premier</title>', '<title>[URGENT] Premier</title>');
    expect(read(text)[0]?.important).toBe(true);
  });

  it('keeps a script payload as inert text', () => {
    const items = read(SCRIPT_TITLE);
    expect(items[0]?.title).toBe('alert(2)Hello');
    // feedsmith decodes the entities, so the markup is dropped like any other.
    expect(items[1]?.title).toBe('alert(3)');
  });
});

describe('readFeed refuses what is not a feed, with a reason', () => {
  it.each([
    ['an HTML page (sign-in or error page)', HTML_PAGE, 'html'],
    ['a feed saved by a browser', BROWSER_SAVED, 'browserMangled'],
    ['truncated XML (open CDATA)', TRUNCATED, 'truncated'],
    ['truncated XML (root never closed)', UNCLOSED_ROOT, 'truncated'],
    ['truncated JSON', JSON_FEED.slice(0, 80), 'truncated'],
    ['an empty body', '  \n', 'empty'],
    ['plain text', 'Service unavailable', 'malformed'],
    ['XML that is not a feed', '<?xml version="1.0"?><html-ish><x/></html-ish>', 'malformed'],
  ])('%s', (_name, text, reason) => {
    expect(refusal(text)).toBe(reason);
  });

  it('an empty but well-formed feed has no items (not an error)', () => {
    expect(read('<?xml version="1.0"?><rss version="2.0"></rss>')).toEqual([]);
  });
});
