// @vitest-environment node
/**
 * The RSS reader (read-rss.ts) against feedsmith, the reference it replaced for RSS: the same entries (summary
 * included) for every RSS document of the shared corpus and for awkward documents written here, or a rejection from
 * both. Only documents the refusal checks let through are compared: the others never reach a parser.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { decodeFeedBytes } from '@/utils/news/decode-feed-bytes';
import { fromFeedsmith, parseFeedText, rootElementName } from '@/utils/news/parse-feed';
import { readRss } from '@/utils/news/read-rss';
import { isFeedRefusedError } from '@/utils/news/types';
import { RSS2, RSS091, SCRIPT_TITLE } from './fixtures/feeds';

const CORPUS = resolve(process.cwd(), '../shared/feeds');

const rss = (items: string, channel = '<title>T</title><link>https://esn.example/</link>') =>
  `<rss version="2.0"><channel>${channel}${items}</channel></rss>`;

const AWKWARD: Record<string, string> = {
  'fixture RSS 2.0': RSS2,
  'fixture RSS 0.91 with a doctype': RSS091,
  'markup and script in titles': SCRIPT_TITLE,
  'a stray end tag': rss('</foo><item><title>A</title></item>'),
  'an unclosed element inside an item': rss('<item><title>A</title><p>x</item>'),
  'markup left open inside a description': rss('<item><title>A</title><description><p>x</description></item>'),
  'a field whose end tag is misspelt': rss('<item><title>A</titl></item>'),
  'items but no channel': '<rss version="2.0"><item><title>A</title></item></rss>',
  'an empty channel, items beside it': '<rss version="2.0"><channel></channel><item><title>A</title></item></rss>',
  'a channel with attributes only, items beside it':
    '<rss version="2.0"><channel a="1"></channel><item><title>A</title></item></rss>',
  'two titles: the first counts': rss('<item><title>A</title><title>B</title></item>'),
  'markup, entities, a comment and CDATA in one title': rss(
    '<item><title>A <b>bold</b> &amp;amp; &eacute; AT&T <!-- c --> <![CDATA[x &amp; <i>]]></title></item>',
  ),
  'upper-case element names': rss('<ITEM><TITLE>A</TITLE><PubDate>Mon, 01 Jan 2024 00:00:00 GMT</PubDate></ITEM>'),
  'namespaces under other prefixes': `<rss version="2.0" xmlns:DC="http://purl.org/dc/elements/1.1/" xmlns:c="https://purl.org/rss/1.0/modules/content/" xmlns:t="http://purl.org/dc/terms/"><channel><title>T</title>
    <item><DC:date>2024-01-02</DC:date><c:encoded>enc &lt;b&gt;</c:encoded></item><item><t:created>2024-01-03</t:created><title>B</title></item></channel></rss>`,
  'description before content:encoded, both present': rss(
    '<item><content:encoded>second</content:encoded><description>first</description></item>',
  ),
  'an unquoted attribute': rss('<item><guid isPermaLink=false>g</guid><title>A</title></item>'),
  'self-closed fields': rss('<item><guid isPermaLink="false"/><link/><title>A</title></item>'),
  'categories: empty ones dropped, order kept': rss(
    '<item><category domain="d">C1</category><category/><category> </category><category>C2</category></item>',
  ),
  'items nested elsewhere are not items': rss(
    '<foo><item><title>N</title></item></foo><item><title>A</title><item><title>B</title></item></item>',
  ),
  'two channels: the first counts': `<rss version="2.0"><channel><title>1</title><item><title>A</title></item></channel><channel><title>2</title><item><title>B</title></item></channel></rss>`,
  'CRLF line ends': rss('<item><title>A\r\nB</title><description>x\r\ny\rz</description></item>').replace(
    '<rss',
    '\r\n<rss',
  ),
  'an item with a CDATA section holding an end tag': rss(
    '<item><description><![CDATA[</item></channel>]]></description><title>A</title></item>',
  ),
  'an empty RSS': '<rss version="2.0"></rss>',
  'a doctype with an internal subset': `<!DOCTYPE rss [<!ENTITY e "x">]>${rss('<item><title>A</title></item>')}`,
  'comments and processing instructions holding tags': rss(
    '<!-- <item><title>no</title></item> --><?pi <item>?><item><!----><title>A<!-- </title> --></title></item>',
  ),
  'attribute values holding ">" and "/>"': rss(
    '<item><guid a="1>2" b=\'/>\'>g</guid><title t="<title>">A</title><link c="/"/><link>https://esn.example/a</link></item>',
  ),
  'spaces inside tags': rss('<item ><title\n>A</title ><link >https://esn.example/a</link\t></item >'),
};

function corpusRss(): Record<string, string> {
  if (!existsSync(CORPUS)) return {};
  const documents: Record<string, string> = {};
  for (const file of readdirSync(CORPUS)) {
    const text = decodeFeedBytes(readFileSync(resolve(CORPUS, file))).text;
    if (rootElementName(text)?.toLowerCase() === 'rss') documents[`corpus ${file}`] = text;
  }
  return documents;
}

/** Entries as plain data (the summary is read on demand), or "rejected". */
function outcome(read: () => ReturnType<typeof readRss>): unknown {
  try {
    const parsed = read();
    return JSON.parse(
      JSON.stringify({ ...parsed, entries: parsed.entries.map((entry) => ({ ...entry, summary: entry.summary })) }),
    );
  } catch {
    return 'rejected';
  }
}

/** Refused before any parser runs (HTML, truncated…): not a question for the reader. */
function refusedUpFront(text: string): boolean {
  try {
    parseFeedText(text);
    return false;
  } catch (error) {
    return isFeedRefusedError(error) && error.reason !== 'malformed';
  }
}

describe('readRss reads what feedsmith reads', () => {
  const documents = Object.entries({ ...AWKWARD, ...corpusRss() }).filter(([, text]) => !refusedUpFront(text));

  it.each(documents)('%s', (_name, text) => {
    expect(outcome(() => readRss(text))).toEqual(outcome(() => fromFeedsmith(parseFeed<string>(text))));
  });

  it('compares real documents, not only rejections', () => {
    const read = documents.filter(([, text]) => outcome(() => readRss(text)) !== 'rejected');
    expect(read.length).toBeGreaterThan(Object.keys(AWKWARD).length / 2);
  });
});

describe('readRss where it is more lenient than feedsmith', () => {
  it('reads a title holding a bare "<" (feedsmith rejects the whole feed)', () => {
    const text = rss('<item><title>a < b</title><link>https://esn.example/?a=1&amp;b=2</link></item>');
    expect(readRss(text).entries[0]).toMatchObject({ title: 'a < b', link: 'https://esn.example/?a=1&b=2' });
    expect(() => parseFeed(text)).toThrow();
  });
});

describe('readRss rejects', () => {
  it.each([
    ['a document that ends inside its root', rss('<item><title>A</title></item>').replace('</channel></rss>', '')],
    ['a field left open until its item ends', rss('<item><title>A</item>')],
    ['an RSS root without a channel', '<rss version="2.0"><title>T</title></rss>'],
  ])('%s', (_name, text) => {
    expect(() => readRss(text)).toThrow(/\w{4,} .*\w{4,}/);
  });
});
