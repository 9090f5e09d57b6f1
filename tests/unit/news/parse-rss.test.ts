// @vitest-environment node
/**
 * The direct RSS reader (parse-rss.ts) is held to feedsmith's results: over every RSS file of the conformance
 * corpus, the generated 5,000-item bench feed and the edge cases below, both give the same feed and, normalised,
 * the same items. Documents it must leave to feedsmith give null.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeFeedBytes } from '@/utils/news/decode-feed-bytes';
import { normaliseEntries } from '@/utils/news/normalise';
import { type ParsedFeed, parseFeedText, parseWithFeedsmith, rootElementName } from '@/utils/news/parse-feed';
import { parseRssDirectly } from '@/utils/news/parse-rss';

const CORPUS = resolve(process.cwd(), '../shared/feeds');
const FEED = { id: 'f', url: 'https://esn.example/feeds/news.rss' };

function sameAsFeedsmith(text: string): ParsedFeed {
  const direct = parseRssDirectly(text);
  expect(direct).not.toBeNull();
  const reference = parseWithFeedsmith(text);
  expect({ ...direct, entries: undefined }).toEqual({ ...reference, entries: undefined });
  const items = (feed: ParsedFeed) => normaliseEntries(FEED, feed.entries, feed.base);
  expect(items(direct as ParsedFeed)).toEqual(items(reference));
  return direct as ParsedFeed;
}

const rss = (items: string, namespaces = '') =>
  `<?xml version="1.0"?><rss version="2.0"${namespaces}><channel><title>T</title><link>https://esn.example/</link>${items}</channel></rss>`;

describe('the direct RSS reader gives feedsmith’s results', () => {
  const files = existsSync(CORPUS)
    ? readdirSync(CORPUS).filter((file) => {
        const text = decodeFeedBytes(readFileSync(resolve(CORPUS, file))).text;
        return rootElementName(text.trim())?.toLowerCase() === 'rss' && parseRssDirectly(text) !== null;
      })
    : [];

  it.each(files)('on the corpus: %s', (file) => {
    const text = decodeFeedBytes(readFileSync(resolve(CORPUS, file))).text;
    sameAsFeedsmith(text);
  });

  it('reads most of the corpus’s RSS files itself (CI has the corpus)', () => {
    if (!existsSync(CORPUS) && !process.env.CI) return;
    expect(files.length).toBeGreaterThanOrEqual(15);
  });

  it('on text with CDATA, entities, comments, markup and repeated elements', () => {
    const feed = sameAsFeedsmith(
      rss(
        `<item><title><![CDATA[Caf&eacute; <b>&amp;</b>]]> &amp; th&eacute;</title><link> /a </link><guid isPermaLink="false">1</guid>` +
          `<category>RH</category><category domain="x"><![CDATA[ Paie ]]></category><category> </category></item>` +
          `<item><title>a <!-- hidden --> b</title><title>second</title><description>d &lt;p&gt;</description><pubDate>Mon, 02 Nov 2026 10:00:00 GMT</pubDate></item>` +
          `<item><content:encoded><![CDATA[<p>Body</p>]]></content:encoded><dc:date>2026-11-02</dc:date></item>` +
          `<item><description>Only a summary &amp; no title</description><dcterms:created> </dcterms:created><dcterms:created>2026-11-03</dcterms:created></item>` +
          `<ITEM><TITLE>Upper case</TITLE></ITEM><item>text only</item><item></item><item><guid/></item>`,
        ' xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="https://purl.org/dc/elements/1.1" xmlns:dcterms="http://purl.org/dc/terms/"',
      ),
    );
    expect(feed.entries.map((entry) => entry.title)).toContain('Caf&eacute; <b>&amp;</b> & thé');
  });

  it('on RSS 0.9x items outside the channel, and on the 5,000-item bench feed', () => {
    sameAsFeedsmith(
      '<rss version="0.91"><channel><title>T</title></channel><item><title>Outside</title><link>https://x.example/1</link></item></rss>',
    );
    const filler = 'Lorem ipsum dolor sit amet. '.repeat(35);
    const items = Array.from(
      { length: 5000 },
      (_, index) =>
        `<item><title><![CDATA[Actualit&eacute; n°${index} &amp; suite]]></title><link>/actualites/${index}</link><guid isPermaLink="false">${index}</guid><category>RH</category><description>${filler}</description></item>`,
    );
    expect(sameAsFeedsmith(rss(items.join('\n'))).entries).toHaveLength(5000);
  });

  it('leaves to feedsmith what it could read differently', () => {
    // The content namespace under another prefix: feedsmith renames it.
    expect(
      parseRssDirectly(
        rss('<item><c:encoded>x</c:encoded></item>', ' xmlns:c="http://purl.org/rss/1.0/modules/content/"'),
      ),
    ).toBeNull();
    // The dc prefix bound to another namespace.
    expect(parseRssDirectly(rss('<item><dc:date>x</dc:date></item>', ' xmlns:dc="https://example.com/ns"'))).toBeNull();
    // A default namespace on the root.
    expect(
      parseRssDirectly(rss('<item><title>x</title></item>', ' xmlns="http://backend.userland.com/rss2"')),
    ).toBeNull();
    // No channel, not RSS, or not well-formed: feedsmith says why.
    expect(parseRssDirectly('<rss version="2.0"><item><title>x</title></item></rss>')).toBeNull();
    expect(parseRssDirectly('<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>')).toBeNull();
    expect(parseRssDirectly(rss('<item><title>x</item>'))).toBeNull();
    expect(parseRssDirectly(rss('<item><title>open <!-- comment</title></item>'))).toBeNull();
    // parseFeedText still reads them all the way it did.
    expect(
      parseFeedText(
        rss('<item><c:encoded>Body</c:encoded></item>', ' xmlns:c="http://purl.org/rss/1.0/modules/content/"'),
      ).entries[0]?.summary,
    ).toBe('Body');
  });
});
