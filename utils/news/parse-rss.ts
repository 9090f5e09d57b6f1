/**
 * RSS 2.0 read straight with fast-xml-parser (the parser feedsmith runs underneath), for the few fields Passerelle
 * keeps. feedsmith maps some thirty namespaces and matches hundreds of element paths at every tag: at 5,000 items
 * that was most of a 6 MB parse. The results are feedsmith's (a test compares both over the conformance corpus):
 * the same elements are read as raw text and decoded the same way. A document it could read differently — not an
 * <rss> root, a default namespace on it, the content or Dublin Core namespaces under other prefixes, anything the
 * parser refuses — gives null, and feedsmith reads it.
 */
import { decodeHTML } from 'entities';
import { XMLParser } from 'fast-xml-parser';
import type { ParsedFeed, RawEntry } from './parse-feed';

/** The namespaces read here, with the addresses feedsmith knows them by (it renames other prefixes to these). */
const NAMESPACES: Record<string, readonly string[]> = {
  content: ['http://purl.org/rss/1.0/modules/content'],
  dc: [
    'http://purl.org/dc/elements/1.1',
    'http://dublincore.org/documents/dcmi-namespace',
    'http://purl.org/dc/elements/1.0',
  ],
  dcterms: [
    'http://purl.org/dc/terms',
    'http://dublincore.org/documents/dcmi-terms',
    'http://dublincore.org/specifications/dublin-core/dcmi-terms',
  ],
};

/** "https://purl.org/dc/terms/" and "http://purl.org/dc/terms" name the same namespace for feedsmith. */
const sameAddress = (uri: string) =>
  uri
    .trim()
    .toLowerCase()
    .replace(/^https:/, 'http:')
    .replace(/\/$/, '');

function prefixOf(uri: string): string | undefined {
  const address = sameAddress(uri);
  return Object.keys(NAMESPACES).find((prefix) => NAMESPACES[prefix]?.includes(address));
}

/** True when feedsmith would read the elements used here under the names used here. */
function namesAsWritten(text: string): boolean {
  const rootTag = text.match(/<rss\b[^>]*>/i)?.[0];
  if (!rootTag || /\sxmlns\s*=/i.test(rootTag)) return false;
  for (const [, prefix = '', double, single] of text.matchAll(/xmlns:([\w.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) {
    const known = prefixOf(double ?? single ?? '');
    const lower = prefix.toLowerCase();
    if ((known !== undefined || lower in NAMESPACES) && known !== lower) return false;
  }
  return true;
}

const parser = new XMLParser({
  // feedsmith's settings: text as written, entities left for `textOf`.
  trimValues: false,
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreAttributes: true,
  ignorePiTags: true,
  ignoreDeclaration: true,
  transformTagName: (name) => name.toLowerCase(),
  // Raw text of every element read, as feedsmith's stop nodes: CDATA and comments are handled by `textOf`.
  stopNodes: ['rss.channel.title', 'rss.channel.link', '*.item.*'],
});

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && (value as object).constructor === Object;
const first = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);
const all = (value: unknown): unknown[] => (Array.isArray(value) ? value : value == null ? [] : [value]);

/** feedsmith's stripComments: every comment dropped, or none when one is left open. */
function withoutComments(text: string): string {
  let result = '';
  let last = 0;
  for (let start = text.indexOf('<!--'); start !== -1; start = text.indexOf('<!--', last)) {
    const end = text.indexOf('-->', start + 4);
    if (end === -1) return text;
    result += text.slice(last, start);
    last = end + 3;
  }
  return result + text.slice(last);
}

/** feedsmith's parseString: comments dropped, entities decoded outside CDATA, trimmed; empty is absent. */
function textOf(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  const source = withoutComments(value);
  let result = '';
  let last = 0;
  for (let start = source.indexOf('<![CDATA['); start !== -1; start = source.indexOf('<![CDATA[', last)) {
    const end = source.indexOf(']]>', start + 9);
    if (end === -1) return decoded(source).trim() || undefined;
    result += decoded(source.slice(last, start)) + source.slice(start + 9, end);
    last = end + 3;
  }
  return (result + decoded(source.slice(last))).trim() || undefined;
}

const decoded = (text: string) =>
  text.includes('&') && text.includes(';', text.indexOf('&')) ? decodeHTML(text) : text;

const firstText = (values: unknown): string | undefined => {
  for (const value of all(values)) {
    const text = textOf(value);
    if (text !== undefined) return text;
  }
  return undefined;
};

function entryOf(item: Node): RawEntry {
  return {
    id: textOf(first(item.guid)),
    link: textOf(first(item.link)),
    title: textOf(first(item.title)),
    summary: textOf(first(item.description)) ?? textOf(first(item['content:encoded'])),
    published: textOf(first(item.pubdate)) ?? firstText(item['dc:date']) ?? firstText(item['dcterms:created']),
    categories: all(item.category)
      .map(textOf)
      .filter((name): name is string => name !== undefined),
  };
}

/** The feed, or null when feedsmith should read it (see above). */
export function parseRssDirectly(text: string): ParsedFeed | null {
  if (!namesAsWritten(text)) return null;
  let document: Node;
  try {
    document = parser.parse(text) as Node;
  } catch {
    return null;
  }
  const rss = first(document.rss);
  const channel = isNode(rss) ? first(rss.channel) : undefined;
  if (!isNode(rss) || !isNode(channel)) return null;
  const inChannel = all(channel.item).filter(isNode);
  const items = inChannel.length > 0 ? inChannel : all(rss.item).filter(isNode);
  const title = textOf(first(channel.title));
  const base = textOf(first(channel.link));
  return {
    format: 'rss',
    ...(title !== undefined && { title }),
    ...(base !== undefined && base.trim() !== '' && { base: base.trim() }),
    entries: items.map(entryOf),
  };
}
