/**
 * Format-neutral entries → NewsItem: plain-text titles, absolute http(s) links, a stable key, importance, and
 * duplicates merged.
 */
import type { Feed } from '../config/schema';
import type { RawEntry } from './parse-feed';
import { toPlainText } from './plain-text';
import { capText, STORED_TEXT_LIMITS } from './text-limits';
import type { NewsItem } from './types';

/** What normalisation needs to know of the configured feed. */
export type FeedRef = Pick<Feed, 'id' | 'url' | 'important'>;

const FALLBACK_TITLE_LENGTH = 140;

/** FNV-1a, 53 bits: a short, stable, dependency-free fingerprint (not a security hash). */
function fingerprint(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= BigInt(text.charCodeAt(index));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return (hash & 0x1fffffffffffffn).toString(36);
}

function absoluteHttpUrl(value: string | undefined, base: string): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  try {
    const url = new URL(trimmed, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function parseDate(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const time = Date.parse(value.trim());
  return Number.isNaN(time) ? undefined : time;
}

/**
 * Identity, in order of trust: the guid/id, else the link, else a fingerprint of title and date.
 * An id that is a URI (has a scheme: "tag:", "urn:", "https:") is global, so the same item in two feeds is one
 * item; a bare id ("42") is only unique within its feed and is prefixed with the feed id. Fingerprints too.
 */
function itemKey(feedId: string, entry: RawEntry, url: string | undefined, title: string): string | null {
  const id = entry.id?.trim();
  if (id) return /^[a-z][a-z0-9+.-]*:/i.test(id) ? id : `${feedId}#${id}`;
  if (url) return url;
  if (!title) return null;
  return `${feedId}#h:${fingerprint(`${title}\n${entry.published ?? ''}`)}`;
}

/** The feed's importance rules, prepared once per feed (not once per item). */
function importanceTest(feed: FeedRef): (title: string, categories: string[]) => boolean {
  const rules = feed.important;
  if (!rules) return () => false;
  const wanted = new Set((rules.categories ?? []).map((category) => category.toLowerCase()));
  const prefixes = (rules.titlePrefixes ?? []).filter(Boolean).map((prefix) => prefix.toLowerCase());
  return (title, categories) => {
    if (categories.some((category) => wanted.has(category.toLowerCase()))) return true;
    const lowerTitle = title.toLowerCase();
    return prefixes.some((prefix) => lowerTitle.startsWith(prefix));
  };
}

/** Up to STORED_TEXT_LIMITS.categories non-empty categories, as plain text and cut to size. */
function plainCategories(categories: string[]): string[] {
  const kept: string[] = [];
  for (const category of categories) {
    const plain = capText(toPlainText(category), STORED_TEXT_LIMITS.category);
    if (plain) kept.push(plain);
    if (kept.length === STORED_TEXT_LIMITS.categories) break;
  }
  return kept;
}

/** An absolute http(s) base, else `fallback`: a base that does not resolve is ignored, not fatal. */
function resolveBase(base: string | undefined, against: string): string {
  return absoluteHttpUrl(base, against) ?? against;
}

/**
 * Normalises a feed's entries, in feed order. Relative links resolve against the entry's xml:base, else the
 * feed's base (Atom xml:base, RSS channel link; see ParsedFeed.base), each resolved against the feed's address.
 * Text is cut to STORED_TEXT_LIMITS. An entry with neither id, link nor any text is dropped: there is nothing to
 * show nor to open. An entry seen twice (same key) is merged: the first one wins.
 */
export function normaliseEntries(feed: FeedRef, entries: RawEntry[], feedBase?: string): NewsItem[] {
  const byKey = new Map<string, NewsItem>();
  const base = resolveBase(feedBase, feed.url);
  const isImportant = importanceTest(feed);
  for (const entry of entries) {
    const entryBase = entry.base === undefined ? base : resolveBase(entry.base, base);
    const url = absoluteHttpUrl(entry.link, entryBase) ?? absoluteHttpUrl(permalinkId(entry.id), entryBase);
    const title = capText(toPlainText(entry.title) || summaryTitle(entry) || url || '', STORED_TEXT_LIMITS.title);
    const key = itemKey(feed.id, entry, url, title);
    if (key === null || byKey.has(key)) continue;
    const categories = plainCategories(entry.categories);
    const item: NewsItem = { key, feedId: feed.id, title, categories, important: isImportant(title, categories) };
    // Set only when known: stored records carry no undefined fields.
    if (url !== undefined) item.url = url;
    const publishedAt = parseDate(entry.published);
    if (publishedAt !== undefined) item.publishedAt = publishedAt;
    byKey.set(key, item);
  }
  return [...byKey.values()];
}

/**
 * The start of the summary as a title, for an item that has none. Read only then: summaries are the bulk of a
 * feed, and reading each one cost a third of a 5,000-item parse.
 */
function summaryTitle(entry: RawEntry): string {
  return capText(capText(toPlainText(entry.summary), STORED_TEXT_LIMITS.summary), FALLBACK_TITLE_LENGTH);
}

/** RSS guids and Atom ids are often the page's address: a link when the entry has no other. */
function permalinkId(id: string | undefined): string | undefined {
  return id && /^https?:\/\//i.test(id.trim()) ? id : undefined;
}
