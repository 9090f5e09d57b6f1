/**
 * Parses feed text with feedsmith (pure JavaScript over fast-xml-parser: no DOMParser, so it runs in the service
 * worker) into format-neutral entries, after refusing what is not a feed: an HTML page (an error or sign-in page),
 * a feed saved through a browser (wrapped in HTML, CDATA turned into comments), a truncated download.
 * Kept out of the popup's bundle: only the background imports this module.
 */
import { type AnyFeed, parseFeed } from 'feedsmith';
import { readRss } from './read-rss';
import { FeedRefusedError } from './types';

type FeedFormat = 'rss' | 'atom' | 'rdf' | 'json';

const FEED_ROOTS = new Map<string, FeedFormat>([
  ['rss', 'rss'],
  ['feed', 'atom'],
  ['rdf:rdf', 'rdf'],
]);

/** One entry as written in the feed, before normalisation. */
export interface RawEntry {
  id?: string;
  link?: string;
  title?: string;
  /** Fallback title for feeds whose items have none (microblogs). */
  summary?: string;
  published?: string;
  categories: string[];
  /** Atom: the entry's xml:base (may be relative to the feed's base). */
  base?: string;
}

export interface ParsedFeed {
  format: FeedFormat;
  title?: string;
  /**
   * What the feed's relative links resolve against (itself relative to the feed's address): Atom's feed-level
   * xml:base, the RSS or RSS 1.0 channel link.
   */
  base?: string;
  entries: RawEntry[];
}

const textOf = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'value' in value && typeof value.value === 'string') return value.value;
  return undefined;
};

/** The name of the root element, skipping the declaration, comments, processing instructions and doctype. */
export function rootElementName(text: string): string | null {
  const stripped = text.replace(/^\s*(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>|\s)*/i, '');
  return stripped.match(/^<([A-Za-z_][\w:.-]*)/)?.[1] ?? null;
}

function refuseNonFeeds(text: string): void {
  const trimmed = text.trim();
  if (trimmed === '') throw new FeedRefusedError('empty', 'The response is empty.');
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      JSON.parse(trimmed);
    } catch {
      throw new FeedRefusedError('truncated', 'The JSON document is incomplete or invalid.');
    }
    return;
  }
  const root = rootElementName(trimmed)?.toLowerCase() ?? null;
  const looksHtml = root === 'html' || root === 'head' || root === 'body' || /^<!doctype html/i.test(trimmed);
  if (looksHtml && /<(rss|rdf:rdf|feed)[\s>]/i.test(trimmed)) {
    throw new FeedRefusedError(
      'browserMangled',
      'This is a feed re-saved by a web browser (wrapped in an HTML page, its links and CDATA rewritten): ' +
        'download the feed itself, not the page the browser displayed.',
    );
  }
  if (looksHtml) {
    throw new FeedRefusedError('html', 'The address returned a web page, not a feed (an error or sign-in page?).');
  }
  if (root === null) throw new FeedRefusedError('malformed', 'The document is not XML or JSON.');
  const openCdata = (trimmed.match(/<!\[CDATA\[/g) ?? []).length;
  const closeCdata = (trimmed.match(/\]\]>/g) ?? []).length;
  const closesRoot = new RegExp(`</${root.replace(/[.]/g, '\\.')}\\s*>(?:\\s|<!--[\\s\\S]*?-->)*$`, 'i').test(trimmed);
  if (openCdata > closeCdata || !closesRoot) {
    throw new FeedRefusedError('truncated', `The document ends before its <${root}> element is closed (truncated).`);
  }
}

/** Parses a feed document; throws FeedRefusedError with a reason a person can act on. */
export function parseFeedText(text: string): ParsedFeed {
  refuseNonFeeds(text);
  const root = rootElementName(text)?.toLowerCase() ?? '';
  try {
    // RSS, by far the largest feeds, has a reader of its own (read-rss.ts); feedsmith reads the rest.
    return root === 'rss' ? readRss(text) : fromFeedsmith(parseFeed<string>(text));
  } catch (error) {
    // feedsmith refuses a feed without items or channel ("<rss></rss>"); a well-formed, closed feed root with no
    // item in it is an empty feed, not an error.
    const format = FEED_ROOTS.get(root);
    if (format && !/<(item|entry)[\s>]/i.test(text)) return { format, entries: [] };
    const detail = error instanceof Error ? error.message : String(error);
    throw new FeedRefusedError('malformed', `Not a valid RSS, Atom or JSON feed (${detail}).`);
  }
}

export function fromFeedsmith(parsed: AnyFeed<string>): ParsedFeed {
  switch (parsed.format) {
    case 'rss':
      return {
        format: 'rss',
        title: parsed.feed.title,
        ...withBase(parsed.feed.link),
        entries: (parsed.feed.items ?? []).map((item) => ({
          id: item.guid?.value,
          link: item.link,
          title: item.title,
          summary: item.description ?? item.content?.encoded,
          published: item.pubDate ?? item.dc?.dates?.[0] ?? item.dcterms?.created?.[0],
          categories: (item.categories ?? []).map((category) => category.name).filter(isText),
        })),
      };
    case 'rdf':
      return {
        format: 'rdf',
        title: parsed.feed.title,
        ...withBase(parsed.feed.link),
        entries: (parsed.feed.items ?? []).map((item) => ({
          link: item.link ?? item.rdf?.about,
          title: item.title,
          summary: item.description,
          published: item.dc?.dates?.[0],
          categories: item.dc?.subjects?.filter(isText) ?? [],
        })),
      };
    case 'atom':
      return {
        format: 'atom',
        title: textOf(parsed.feed.title),
        ...withBase(parsed.feed.xml?.base),
        entries: (parsed.feed.entries ?? []).map((entry) => ({
          ...withBase(entry.xml?.base),
          id: entry.id,
          link: atomLink(entry.links),
          title: textOf(entry.title),
          summary: textOf(entry.summary) ?? entry.content?.value,
          published: entry.published ?? entry.updated,
          categories: (entry.categories ?? []).map((category) => category.label ?? category.term).filter(isText),
        })),
      };
    case 'json':
      return {
        format: 'json',
        title: parsed.feed.title,
        entries: (parsed.feed.items ?? []).map((item) => ({
          id: item.id === undefined || item.id === null ? undefined : String(item.id),
          link: item.url ?? item.external_url,
          title: item.title,
          summary: item.summary ?? item.content_text ?? item.content_html,
          published: item.date_published ?? item.date_modified,
          categories: (item.tags ?? []).filter(isText),
        })),
      };
  }
}

const withBase = (base: string | undefined): { base?: string } => (isText(base) ? { base: base.trim() } : {});

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** The entry's page: rel="alternate" (the default when rel is absent), else the first link. */
function atomLink(links: Array<{ href?: string; rel?: string }> | undefined): string | undefined {
  const list = links ?? [];
  return (list.find((link) => (link.rel ?? 'alternate') === 'alternate' && link.href) ?? list.find((l) => l.href))
    ?.href;
}
