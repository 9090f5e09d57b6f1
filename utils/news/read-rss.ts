/**
 * RSS 0.9x/2.0 in one pass over its tags (xml-tags.ts): the content of the few elements Passerelle keeps is sliced
 * from the text and read as feedsmith reads it (xml-text.ts); a summary is decoded only if asked for (an item
 * without a title). feedsmith builds the whole document's tree first, most of it descriptions nobody reads: on
 * 5,000 items this pass takes a fraction of its time. Same results as feedsmith (tests/unit/news/read-rss.test.ts
 * compares both on every RSS file of the corpus); what feedsmith rejects (no channel, an element we read left
 * unclosed) throws here too.
 */
import type { ParsedFeed, RawEntry } from './parse-feed';
import { scanTags } from './xml-tags';
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

/** An item's raw field contents, by element name; each slot keeps the first occurrence. */
class ItemFields {
  guid?: string;
  link?: string;
  title?: string;
  description?: string;
  encoded?: string;
  pubDate?: string;
  dcDate?: string;
  created?: string;
  readonly categories: string[] = [];
}

type ItemSlot = Exclude<keyof ItemFields, 'categories'>;

const ITEM_SLOTS = new Map<string, ItemSlot>([
  ['guid', 'guid'],
  ['link', 'link'],
  ['title', 'title'],
  ['description', 'description'],
  ['content:encoded', 'encoded'],
  ['pubdate', 'pubDate'],
  ['dc:date', 'dcDate'],
  ['dcterms:created', 'created'],
]);

/** An entry read from an item; its summary is decoded on demand (normalisation reads it only without a title). */
class RssEntry implements RawEntry {
  readonly id?: string;
  readonly link?: string;
  readonly title?: string;
  readonly published?: string;
  readonly categories: string[];
  readonly #fields: ItemFields;

  constructor(fields: ItemFields) {
    this.id = xmlText(fields.guid);
    this.link = xmlText(fields.link);
    this.title = xmlText(fields.title);
    this.published = xmlText(fields.pubDate) ?? xmlText(fields.dcDate) ?? xmlText(fields.created);
    this.categories = fields.categories.map(xmlText).filter((category): category is string => category !== undefined);
    this.#fields = fields;
  }

  get summary(): string | undefined {
    return xmlText(this.#fields.description) ?? xmlText(this.#fields.encoded);
  }
}

/** What an open element is to the reader. Frames are reused by depth: a large feed opens ~10 elements per item. */
enum Role {
  Other,
  Root,
  Channel,
  Item,
  Field,
}

interface Frame {
  role: Role;
  name: string;
  /** The element's first content character. */
  start: number;
}

/** Reads a document whose root element is <rss>; throws when feedsmith would reject it. */
export function readRss(text: string): ParsedFeed {
  const prefixes = new Map<string, string>();
  const frames: Frame[] = [];
  let depth = 0;
  const channelFields = new Map<string, string>();
  const channelItems: ItemFields[] = [];
  const rootItems: ItemFields[] = [];
  let channelSeen = false;
  let channelHasContent = false;
  let item: ItemFields | undefined;
  let attributes = 0;
  let rootClosed = false;

  const canonical = (name: string): string => {
    const lower = name.toLowerCase();
    const colon = lower.indexOf(':');
    const prefix = colon === -1 ? undefined : prefixes.get(lower.slice(0, colon));
    return prefix === undefined ? lower : `${prefix}${lower.slice(colon)}`;
  };

  scanTags(text, {
    attribute(name, value) {
      attributes += 1;
      const lower = name.toLowerCase();
      if (!lower.startsWith('xmlns:')) return;
      const prefix = NAMESPACE_PREFIXES.get(value.trim().toLowerCase());
      if (prefix && !prefixes.has(lower.slice(6))) prefixes.set(lower.slice(6), prefix);
    },
    open(rawName, contentStart) {
      const name = canonical(rawName);
      const parentRole = depth === 0 ? null : (frames[depth - 1]?.role ?? Role.Other);
      const inChannel = parentRole === Role.Channel;
      let role = Role.Other;
      if (parentRole === null) role = Role.Root;
      else if (parentRole === Role.Root && name === 'channel' && !channelSeen) {
        role = Role.Channel;
        channelSeen = true;
        channelHasContent = attributes > 0;
      } else if ((inChannel || parentRole === Role.Root) && name === 'item') {
        role = Role.Item;
        item = new ItemFields();
        (inChannel ? channelItems : rootItems).push(item);
      } else if (
        (parentRole === Role.Item && (ITEM_SLOTS.has(name) || name === 'category')) ||
        (inChannel && CHANNEL_FIELDS.has(name))
      ) {
        role = Role.Field;
      }
      if (inChannel) channelHasContent = true;
      attributes = 0;
      const frame = frames[depth] ?? { role, name, start: 0 };
      frames[depth] = frame;
      frame.role = role;
      frame.name = name;
      frame.start = contentStart;
      depth += 1;
    },
    close(contentEnd) {
      depth -= 1;
      const frame = frames[depth];
      if (!frame) return;
      if (frame.role === Role.Root) rootClosed = contentEnd !== undefined;
      if (frame.role === Role.Item) item = undefined;
      if (frame.role !== Role.Field) return;
      if (contentEnd === undefined) throw new Error(`The element <${frame.name}> is not closed.`);
      const raw = text.slice(frame.start, contentEnd);
      if (frames[depth - 1]?.role === Role.Channel) {
        if (!channelFields.has(frame.name)) channelFields.set(frame.name, raw);
      } else if (item && frame.name === 'category') item.categories.push(raw);
      else if (item) {
        const slot = ITEM_SLOTS.get(frame.name);
        if (slot && item[slot] === undefined) item[slot] = raw;
      }
    },
  });

  if (!rootClosed) throw new Error('The document ends before its root element is closed.');
  if (!channelSeen || !channelHasContent) throw new Error('The RSS document has no channel.');
  const items = channelItems.length > 0 ? channelItems : rootItems;
  const title = xmlText(channelFields.get('title'));
  const base = xmlText(channelFields.get('link'));
  return {
    format: 'rss',
    ...(title === undefined ? {} : { title }),
    ...(base ? { base } : {}),
    entries: items.map((fields) => new RssEntry(fields)),
  };
}
