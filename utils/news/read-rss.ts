/**
 * RSS 0.9x/2.0 in one streaming pass of htmlparser2's tokenizer: the content of the few elements Passerelle keeps
 * is sliced from the text and read as feedsmith reads it (xml-text.ts); a summary is decoded only if asked for (an
 * item without a title). feedsmith builds the whole document's tree first, most of it descriptions nobody reads:
 * on 5,000 items this pass takes a fraction of its time. Same results as feedsmith (tests/unit/news/read-rss.test.ts
 * compares both on every RSS file of the corpus); what feedsmith rejects (no channel, an element we read left
 * unclosed) throws here too.
 */
import { Parser } from 'htmlparser2';
import type { ParsedFeed, RawEntry } from './parse-feed';
import { xmlText } from './xml-text';

/** Namespaces of the fields read, by URI (feedsmith's list), so that any prefix declared for them works. */
const NAMESPACE_PREFIXES = new Map<string, string>();
for (const [prefix, uris] of Object.entries({
  dc: ['purl.org/dc/elements/1.1', 'dublincore.org/documents/dcmi-namespace', 'purl.org/dc/elements/1.0'],
  dcterms: [
    'purl.org/dc/terms',
    'dublincore.org/documents/dcmi-terms',
    'dublincore.org/specifications/dublin-core/dcmi-terms',
  ],
  content: ['purl.org/rss/1.0/modules/content'],
})) {
  for (const uri of uris)
    for (const scheme of ['http://', 'https://'])
      for (const end of ['', '/']) NAMESPACE_PREFIXES.set(`${scheme}${uri}${end}`, prefix);
}

const CHANNEL_FIELDS = new Set(['title', 'link']);
const ITEM_FIELDS = new Set([
  'guid',
  'link',
  'title',
  'description',
  'content:encoded',
  'pubdate',
  'dc:date',
  'dcterms:created',
]);

type Fields = Map<string, string>;

interface Frame {
  name: string;
  /** What this element is to the reader. */
  role: 'root' | 'channel' | 'item' | 'field' | 'other';
  /** Field: the raw content's first character; item: its fields; channel: whether it has content. */
  start?: number;
  selfClosing?: boolean;
}

interface ItemRecord {
  fields: Fields;
  categories: string[];
}

function toEntry({ fields, categories }: ItemRecord): RawEntry {
  const text = (name: string) => xmlText(fields.get(name));
  return {
    id: text('guid'),
    link: text('link'),
    title: text('title'),
    // Decoded on demand: normalisation reads it only for an item without a title.
    get summary() {
      return text('description') ?? text('content:encoded');
    },
    published: text('pubdate') ?? text('dc:date') ?? text('dcterms:created'),
    categories: categories.map(xmlText).filter((category): category is string => category !== undefined),
  };
}

/** Reads a document whose root element is <rss>; throws when feedsmith would reject it. */
export function readRss(text: string): ParsedFeed {
  const prefixes = new Map<string, string>();
  const stack: Frame[] = [];
  const channelFields: Fields = new Map();
  const channelItems: ItemRecord[] = [];
  const rootItems: ItemRecord[] = [];
  let channel: Frame | undefined;
  let channelHasContent = false;
  let item: ItemRecord | undefined;
  let attributes = 0;
  let rootClosed = false;

  const canonical = (name: string): string => {
    const lower = name.toLowerCase();
    const colon = lower.indexOf(':');
    const prefix = colon === -1 ? undefined : prefixes.get(lower.slice(0, colon));
    return prefix === undefined ? lower : `${prefix}${lower.slice(colon)}`;
  };

  const parser = new Parser(
    {
      onattribute(name, value) {
        attributes += 1;
        const lower = name.toLowerCase();
        if (!lower.startsWith('xmlns:')) return;
        const prefix = NAMESPACE_PREFIXES.get(value.trim().toLowerCase());
        if (prefix && !prefixes.has(lower.slice(6))) prefixes.set(lower.slice(6), prefix);
      },
      onopentag(rawName) {
        const name = canonical(rawName);
        const parent = stack[stack.length - 1];
        const frame: Frame = { name, role: 'other' };
        if (!parent) frame.role = 'root';
        else if (parent.role === 'root' && name === 'channel' && !channel) {
          frame.role = 'channel';
          channel = frame;
          channelHasContent = attributes > 0;
        } else if ((parent === channel || parent.role === 'root') && name === 'item') {
          frame.role = 'item';
          item = { fields: new Map(), categories: [] };
          (parent === channel ? channelItems : rootItems).push(item);
        } else if (
          (parent.role === 'item' && (ITEM_FIELDS.has(name) || name === 'category')) ||
          (parent === channel && CHANNEL_FIELDS.has(name))
        ) {
          frame.role = 'field';
          frame.start = parser.endIndex + 1;
          frame.selfClosing = text.charCodeAt(parser.endIndex - 1) === 0x2f; // "/>"
        }
        if (parent === channel) channelHasContent = true;
        attributes = 0;
        stack.push(frame);
      },
      onclosetag(_name, isImplied) {
        const frame = stack.pop();
        const parent = stack[stack.length - 1];
        if (frame?.role === 'root') rootClosed = !isImplied;
        if (frame?.role === 'item') item = undefined;
        if (frame?.role !== 'field' || !parent) return;
        // A self-closed element reports an implied end; any other implied end is an element left open.
        if (isImplied && !frame.selfClosing) throw new Error(`The element <${frame.name}> is not closed.`);
        const raw = frame.selfClosing ? '' : text.slice(frame.start, parser.startIndex);
        if (parent === channel) {
          if (!channelFields.has(frame.name)) channelFields.set(frame.name, raw);
        } else if (item && frame.name === 'category') item.categories.push(raw);
        else if (item && !item.fields.has(frame.name)) item.fields.set(frame.name, raw);
      },
    },
    { xmlMode: true, decodeEntities: false },
  );
  parser.end(text);

  if (!rootClosed) throw new Error('The document ends before its root element is closed.');
  if (!channel || !channelHasContent) throw new Error('The RSS document has no channel.');
  const items = channelItems.length > 0 ? channelItems : rootItems;
  const title = xmlText(channelFields.get('title'));
  const base = xmlText(channelFields.get('link'));
  return {
    format: 'rss',
    ...(title === undefined ? {} : { title }),
    ...(base ? { base } : {}),
    entries: items.map(toEntry),
  };
}
