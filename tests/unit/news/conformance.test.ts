// @vitest-environment node
/**
 * Conformance over the real-world corpus in ../shared/feeds (read in place, never copied: the files belong to
 * their publishers). Each feed is parsed with the right item count, unique keys and correctly decoded titles, or
 * refused with a reason. When the corpus is absent the suite says so; in CI (process.env.CI) that is a failure.
 *
 * Counts were taken by reading the files. Notes: msstart has one <item> inside a comment (1 item);
 * incomplete-fields.atom's only entry has no id, link nor title, so there is nothing to show or key (0 items);
 * fp-unclosed-root.xml ends in "</rss" (truncated: refused, like the unfinished CDATA of fp-incomplete-cdata).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFeed } from '@/utils/news/read-feed';
import { type FeedRefusalReason, FeedRefusedError } from '@/utils/news/types';

const CORPUS = resolve(process.cwd(), '../shared/feeds');
const present = existsSync(CORPUS);

type Expectation = { items: number; first: string | null } | { refused: FeedRefusalReason };

const EXPECTED: Record<string, Expectation> = {
  'a10-bom-dotnet.rss': { items: 5, first: 'Title 5' },
  'acast-podcast-1mb.rss': { items: 207, first: 'Ep 180: Reece Shearsmith' },
  'aktuality-czech.rss': { items: 30, first: 'Analytici Goldman Sachs zvýšili odhad rastu ekonomiky USA' },
  'allthis.json': { items: 12, first: 'Last thoughts on modifier keys' },
  'atom03-example.atom': { items: 1, first: 'First entry title' },
  'authors-1.1.json': { items: 4, first: '' },
  'bbc-world.rss': { items: 67, first: 'Rare Sumatran rhino gives birth after eight miscarriages' },
  'bio-rdf.rdf': {
    items: 30,
    first:
      'Wheat inositol pyrophosphate kinase (TaVIH2-3B) interacts with Fasciclin-like arabinogalactan (FLA6) protein and alters the plant cell-wall composition',
  },
  'confluence-syndication.atom': { items: 3, first: 'Inbox update - Other update!' },
  'content-encoded.rss': { items: 7, first: 'THE CREATIVE FORAGER' },
  'craigslist-rdf.rss': {
    items: 25,
    first: 'Bright, Spacious Beautiful Victorian (oakland north / temescal) $4300 3bd 1930ft2',
  },
  'daringfireball.json': { items: 48, first: 'The Talk Show: ‘I Do Like Throwing a Baby’' },
  'dcrainmaker-wp.rss': {
    items: 8,
    first: 'Huge Fall Sale: 20% of All Trainers & Most Power Meters, $100 off Fenix 5, GoPro Hero6 deal!',
  },
  'feedburner-latin1.rss': { items: 40, first: 'Mãe de utente é a nova presidente da Raríssimas' },
  'feedburner.atom': { items: 25, first: 'AdWords and DFP Java client library will soon require Java 7+' },
  'feedforall-win1252.rss': { items: 9, first: 'RSS Solutions for Restaurants' },
  'feedjira.json': { items: 20, first: 'James Dempsey and the Breakpoints Benefit App Camp for Girls' },
  'feedsmith-rdf-ns.rdf': { items: 1, first: 'Example Item' },
  'fp-example.json': { items: 2, first: 'post 2' },
  'fp-html-entity-eacute.xml': { items: 0, first: null },
  'fp-incomplete-cdata.xml': { refused: 'truncated' },
  'fp-koi8r-nodecl.xml': { items: 1, first: 'Как пережить новогоднюю ночь' },
  'fp-rdf-item-link.xml': { items: 1, first: 'http://example.com/1' },
  'fp-unclosed-root.xml': { refused: 'truncated' },
  'fp-undeclared-namespace.xml': { items: 0, first: null },
  'fp-utf16le-bom.xml': { items: 0, first: null },
  'fyicenter.atom': { items: 24, first: 'Validating XHTML 1.0 Documents Online' },
  'ghost-unsplash-blog.rss': { items: 15, first: 'How to elevate your travel photography' },
  'giantbomb-podcast-1.6mb.rss': { items: 730, first: 'Giant Bombcast 603: Call of Tuesday' },
  'github-commits.atom': { items: 20, first: 'releaser: Prepare repository for 0.101.0-DEV' },
  'github-releases.atom': { items: 10, first: 'v0.100.0' },
  'google-alerts.atom': {
    items: 20,
    first: 'Report offers Prediction of Automotive Slack Market by Top key players like Haldex, Meritor, Bendix ...',
  },
  'guardian-uk.rss': {
    items: 115,
    first:
      'Russia-Ukraine war latest: Russian foreign minister Sergei Lavrov says mass graves are a ‘blatantly untruthful provocation’',
  },
  'heise.atom': { items: 15, first: 'Java-Anwendungsserver: Red Hat gibt WildFly 10 frei' },
  'hn-comments.rss': { items: 30, first: 'AWS Lambda Function URLs: Built-In HTTPS Endpoints for Lambda' },
  'incomplete-fields.atom': { items: 0, first: null },
  'inessential.json': { items: 20, first: 'James Dempsey and the Breakpoints Benefit App Camp for Girls' },
  'kc0011-gb2312.rss': { items: 20, first: '建国35周年纪念，华表，和平鸽' },
  'mastodon-user.rss': {
    items: 20,
    first: 'mastodon.social is now entirely served from our new #Kubernetes cluster 🎉',
  },
  'microblog-3960.json': { items: 20, first: 'Lecker, lecker' },
  'msstart-comments-before-root.rss': { items: 1, first: 'High-definition video encoding and streaming' },
  'nasa-breaking.rss': { items: 10, first: 'NASA to Discuss Final Test Status Today Before Artemis Moon Mission' },
  'not-a-feed-html.rss': { refused: 'html' },
  'phpxml-noguid.rss': { items: 20, first: 'Serdar Gözübüyük scheidsrechter bij FC Twente - FC Utrecht' },
  'rdf-with-modules.rdf': { items: 1, first: 'XML: A Disruptive Technology' },
  'reddit.atom': { items: 24, first: 'The Difficulties in Space' },
  'rss1-rdf.rss': { items: 69, first: 'Food for fungi' },
  'rssboard-091-latin1.rss': { items: 6, first: 'Giving the world a pluggable Gnutella' },
  'russcox.atom': { items: 19, first: 'Transparent Logs for Skeptical Clients' },
  'sharepoint-browser-mangled.rss': { refused: 'browserMangled' },
  'techcrunch-wpcom.rss': {
    items: 20,
    first: 'Angie’s List Sets Price Range IPO At $11 To $13 Per Share; Valued At Over $600M',
  },
  'tenderlove-wp27.rss': { items: 10, first: 'Nokogiri’s Slop Feature' },
  'typepad-xhtml.atom': { items: 10, first: "Stock Watch: April's Finest" },
  'uol-latin1-nodecl.rss': {
    items: 15,
    first: 'Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno',
  },
  'verge-front.atom': { items: 10, first: 'Anker’s first 3D printer might be the one you’ve been waiting for' },
  'wp-wordpress-news.rss': { items: 30, first: 'WordPress 5.9.3 Maintenance Release' },
  'youtube-channel.atom': { items: 15, first: 'The Aurora Grows | Critical Role | Campaign 3, Episode 49' },
};

/** Mojibake of UTF-8 read as Latin-1 ("Ã©"), or the replacement character of undecodable bytes. */
const GARBLED = /\uFFFD|Ã[\u0080-\u00BF]|Â[\u00A0-\u00BF]/;

function read(file: string) {
  return readFeed({ id: 'corpus', url: 'https://esn.example/feeds/corpus' }, readFileSync(resolve(CORPUS, file)));
}

// Either suite is defined, never both: nothing is reported as skipped.
if (present)
  describe('feed corpus (../shared/feeds)', () => {
    it('has an expectation for every file, and a file for every expectation', () => {
      const files = readdirSync(CORPUS)
        .filter((file) => file !== 'MANIFEST.txt')
        .sort();
      expect(files).toEqual(Object.keys(EXPECTED).sort());
    });

    it.each(Object.entries(EXPECTED))('%s', (file, expected) => {
      if ('refused' in expected) {
        let error: unknown;
        try {
          read(file);
        } catch (caught) {
          error = caught;
        }
        expect(error).toBeInstanceOf(FeedRefusedError);
        expect((error as FeedRefusedError).reason).toBe(expected.refused);
        expect((error as FeedRefusedError).message).toMatch(/\w{4,}.*\w{4,}/);
        return;
      }
      const { items } = read(file);
      expect(items).toHaveLength(expected.items);
      expect(new Set(items.map((item) => item.key)).size).toBe(items.length);
      expect(read(file).items.map((item) => item.key)).toEqual(items.map((item) => item.key));
      expect(items[0]?.title ?? null).toBe(expected.first);
      for (const item of items) {
        expect(item.title).not.toMatch(GARBLED);
        expect(item.title).not.toMatch(/<[a-z/!]|&(amp|lt|gt|quot|#\d+);/i);
        if (item.url) expect(item.url).toMatch(/^https?:\/\//);
      }
    });
  });

if (!present)
  describe('feed corpus (../shared/feeds)', () => {
    it(`is absent at ${CORPUS}${process.env.CI ? ' (required in CI)' : ': conformance NOT checked'}`, () => {
      console.warn(`Feed corpus absent at ${CORPUS}: the conformance suite did not run.`);
      expect(process.env.CI ? 'corpus absent' : 'absent outside CI').toBe(
        process.env.CI ? 'corpus present' : 'absent outside CI',
      );
    });
  });
