/**
 * The privacy rules, applied to every event before it is counted: no user or device identifier, no address
 * beyond the configured tools, feeds and sections, no query text unless allowed, every text capped.
 */
import type { EffectiveConfig } from '../config/effective';
import { LIMITS } from './limits';
import type { IndicatorEvent } from './types';
import { DESTINATION_HAS_ID, isDestination, isEntryPoint, isPostVia, isSequence } from './vocabulary';

/** What the rules need to know of the configuration. */
interface PrivacyContext {
  toolIds: ReadonlySet<string>;
  /** Feed id → origins its items may live on (the feed's and the ESN's). */
  feedOrigins: ReadonlyMap<string, ReadonlySet<string>>;
  /** Known section ids, or null when the index is fetched from an address (the sections capability checks). */
  sectionIds: ReadonlySet<string> | null;
  allowQueryText: boolean;
}

function originOf(value: string | undefined): string | null {
  return value && URL.canParse(value) ? new URL(value).origin : null;
}

export function privacyContextOf(
  config: Pick<EffectiveConfig, 'tools' | 'feeds' | 'sections' | 'esn' | 'indicators'>,
): PrivacyContext {
  const esnOrigin = originOf(config.esn.homeUrl);
  return {
    toolIds: new Set(config.tools.map((tool) => tool.id)),
    feedOrigins: new Map(
      config.feeds.map((feed) => [
        feed.id,
        new Set([originOf(feed.url), esnOrigin].filter((origin): origin is string => origin !== null)),
      ]),
    ),
    sectionIds: config.sections.url ? null : new Set(config.sections.entries.map((entry) => entry.id)),
    allowQueryText: config.indicators.allowQueryText === true,
  };
}

/** Collapses whitespace and control characters, then cuts to a length. */
function plainText(value: string, maxLength: number): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed.
  return Array.from(value.replace(/[\u0000-\u001f\u007f\s]+/g, ' ').trim())
    .slice(0, maxLength)
    .join('')
    .trim();
}

/** Search text as counted: lowercase, without accents, single spaces, at most 60 characters. */
export function normaliseQuery(query: string): string {
  return plainText(
    query
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase(),
    LIMITS.maxQueryLength,
  );
}

/** Text that looks like an e-mail, a phone or staff number, or an address is never sent. */
export function looksPersonal(text: string): boolean {
  return text.includes('@') || /\d{5,}/.test(text.replace(/[\s.-]/g, '')) || /[a-z][a-z0-9+.-]*:\/\//.test(text);
}

/** An item id as counted: never an e-mail; a web address must stay on a known origin and loses its fragment. */
function sanitizeItemId(itemId: string, origins: ReadonlySet<string>): string | null {
  const text = plainText(itemId, LIMITS.maxItemIdLength + 1);
  if (text === '' || text.length > LIMITS.maxItemIdLength) return null;
  if (text.includes('@')) return null;
  // Ids like urn:uuid:… or tag:… stay as they are; web addresses must stay on the feed's or the ESN's origin.
  if (!/^https?:/i.test(text)) return text;
  if (!URL.canParse(text)) return null;
  const url = new URL(text);
  if (!origins.has(url.origin)) return null;
  url.hash = '';
  return url.href;
}

/** A configured old address or prefix, without query or fragment. */
function sanitizeOldAddress(address: string): string | null {
  if (!URL.canParse(address)) return null;
  const url = new URL(address);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  url.search = '';
  url.hash = '';
  return url.href.length <= LIMITS.maxAddressLength ? url.href : null;
}

/** A path keeps its id only when it is a configured tool, feed or section id. */
function sanitizePath(
  event: Extract<IndicatorEvent, { kind: 'path' }>,
  context: PrivacyContext,
): IndicatorEvent | null {
  const { from, to, id } = event;
  if (!isEntryPoint(from) || !isDestination(to)) return null;
  if (!DESTINATION_HAS_ID[to]) return { kind: 'path', from, to };
  if (id === undefined) return null;
  const known =
    to === 'tool'
      ? context.toolIds.has(id)
      : to === 'news'
        ? context.feedOrigins.has(id)
        : id.trim() !== '' && id.length <= LIMITS.maxIdLength && (context.sectionIds?.has(id) ?? true);
  return known ? { kind: 'path', from, to, id } : null;
}

/** The event as it may be counted, or null when it must be dropped. */
export function sanitizeEvent(event: IndicatorEvent, context: PrivacyContext): IndicatorEvent | null {
  switch (event.kind) {
    case 'active':
      return event;
    case 'launch':
      return context.toolIds.has(event.toolId) ? { kind: 'launch', toolId: event.toolId, viaEsn: event.viaEsn } : null;
    case 'newsView': {
      const origins = context.feedOrigins.get(event.feedId);
      if (!origins) return null;
      const itemId = sanitizeItemId(event.itemId, origins);
      if (itemId === null) return null;
      if (!isPostVia(event.via)) return null;
      const title = event.title === undefined ? '' : plainText(event.title, LIMITS.maxTitleLength);
      return { kind: 'newsView', feedId: event.feedId, itemId, ...(title && { title }), via: event.via };
    }
    case 'path':
      return sanitizePath(event, context);
    case 'sequence':
      return isSequence(event.sequence) ? { kind: 'sequence', sequence: event.sequence } : null;
    case 'emptySearch': {
      const text = normaliseQuery(event.query);
      if (text === '') return null;
      const keep = context.allowQueryText && !looksPersonal(text);
      return { kind: 'emptySearch', query: keep ? text : '' };
    }
    case 'guidanceShown': {
      const sectionId = event.sectionId.trim();
      if (sectionId === '' || sectionId.length > LIMITS.maxIdLength) return null;
      if (context.sectionIds && !context.sectionIds.has(sectionId)) return null;
      const oldAddress = sanitizeOldAddress(event.oldAddress);
      return oldAddress === null ? null : { kind: 'guidanceShown', sectionId, oldAddress };
    }
    default:
      return null;
  }
}
