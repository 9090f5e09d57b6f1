// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readFeed } from '@/utils/news/read-feed';
import { capText, STORED_TEXT_LIMITS } from '@/utils/news/text-limits';
import { ATOM_BASE_URL, ATOM_WITH_BASE, RSS_CHANNEL_URL, RSS_RELATIVE } from './fixtures/bases';
import { FEED_URL } from './fixtures/feeds';

const read = (url: string, text: string) => readFeed({ id: 'f', url }, new TextEncoder().encode(text)).items;

describe('relative links', () => {
  it('Atom: resolves against the entry xml:base, itself against the feed xml:base; a non-http base is ignored', () => {
    expect(read(ATOM_BASE_URL, ATOM_WITH_BASE).map((item) => item.url)).toEqual([
      'https://intranet.example/blog/2026/11/migration-messagerie',
      'https://intranet.example/equipes/reseau/billets/wifi-invites?from=atom#haut',
      'https://annonces.example/postes/3',
      'https://intranet.example/blog/2026/10/base-refusee',
    ]);
  });

  it('Atom without xml:base: against the feed address, as before', () => {
    const withoutBase = ATOM_WITH_BASE.replace(/ xml:base="[^"]*"/g, '');
    expect(read(ATOM_BASE_URL, withoutBase)[0]?.url).toBe('https://feeds.esn.example/dsi/2026/11/migration-messagerie');
  });

  it('RSS: resolves against the channel link', () => {
    expect(read(RSS_CHANNEL_URL, RSS_RELATIVE).map((item) => item.url)).toEqual([
      'https://intranet.example/sites/lyon/actus/fermeture-parking',
      'https://intranet.example/sites/lyon/evenements/repas',
    ]);
  });

  it('RSS with a relative or unusable channel link: against the feed address', () => {
    const relative = RSS_RELATIVE.replace('https://intranet.example/sites/lyon/actus/', '/lyon/');
    expect(read(RSS_CHANNEL_URL, relative)[0]?.url).toBe('https://feeds.esn.example/lyon/fermeture-parking');
    const unusable = RSS_RELATIVE.replace('https://intranet.example/sites/lyon/actus/', 'mailto:x@example.com');
    expect(read(RSS_CHANNEL_URL, unusable)[0]?.url).toBe('https://feeds.esn.example/actus/fermeture-parking');
  });
});

describe('bounds on stored text', () => {
  const rss = (item: string) =>
    `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>https://esn.example/</link><item>${item}</item></channel></rss>`;

  it(`cuts a 200,000-character title to ${STORED_TEXT_LIMITS.title} characters ending with "…"`, () => {
    const [item] = read(FEED_URL, rss(`<title>${'Très long '.repeat(20_000)}</title><link>/a</link>`));
    expect(item?.title).toHaveLength(STORED_TEXT_LIMITS.title);
    expect(item?.title.endsWith('…')).toBe(true);
  });

  it('a title made from a huge summary is short; categories are bounded in length and number', () => {
    const categories = Array.from({ length: 50 }, (_, i) => `<category>${`c${i}`.padEnd(500, 'x')}</category>`);
    const [item] = read(
      FEED_URL,
      rss(`<description>${'mot '.repeat(100_000)}</description>${categories.join('')}<link>/b</link>`),
    );
    expect(item?.title.length).toBeLessThanOrEqual(140);
    expect(item?.categories).toHaveLength(STORED_TEXT_LIMITS.categories);
    expect(item?.categories.every((category) => category.length === STORED_TEXT_LIMITS.category)).toBe(true);
  });

  it('capText keeps short text, never splits a surrogate pair', () => {
    expect(capText('court', 10)).toBe('court');
    expect(capText('abc😀def', 5)).toBe('abc…');
    expect(capText('abcd😀', 5)).toBe('abcd…');
  });
});
