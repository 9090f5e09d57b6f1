/**
 * Conditional requests (RFC 9110 §13): strong ETag = hash of the body, Last-Modified at one-second precision,
 * `If-None-Match` (takes precedence) or `If-Modified-Since` matching → 304 with an empty body.
 */
import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { CacheableReply, Reply } from './reply';

/** Strong entity tag of a body: the same bytes always give the same tag. */
export function strongEtag(body: string | Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** Truncates to whole seconds (HTTP dates have no milliseconds). */
export function toHttpSeconds(time: number): number {
  return Math.floor(time / 1000) * 1000;
}

/**
 * The Last-Modified of a resource that changes now: whole seconds, and strictly after the previous one so that
 * a client holding the previous date never gets a false 304, even for two changes within the same second.
 */
export function nextLastModified(previous: number, now: number = Date.now()): number {
  return Math.max(toHttpSeconds(now), previous + 1000);
}

/** A 200 reply carrying validators and `Cache-Control: no-cache` (revalidate every time). */
export function cacheableReply(
  body: string | Buffer,
  contentType: string,
  lastModified: number,
  extraHeaders: Record<string, string> = {},
): CacheableReply {
  const etag = strongEtag(body);
  return {
    status: 200,
    etag,
    lastModified,
    headers: {
      'Content-Type': contentType,
      ETag: etag,
      'Last-Modified': new Date(lastModified).toUTCString(),
      'Cache-Control': 'no-cache',
      ...extraHeaders,
    },
    body,
  };
}

export function isCacheable(reply: Reply): reply is CacheableReply {
  return 'etag' in reply && typeof reply.etag === 'string';
}

/** Whether the request carries a validator (counted as "conditional"). */
export function isConditionalRequest(headers: IncomingHttpHeaders): boolean {
  return headers['if-none-match'] !== undefined || headers['if-modified-since'] !== undefined;
}

function opaqueTag(tag: string): string {
  return tag.trim().replace(/^W\//, '');
}

/** If-None-Match uses the weak comparison: `W/"x"` matches `"x"`. */
function etagMatches(ifNoneMatch: string, etag: string): boolean {
  if (ifNoneMatch.trim() === '*') return true;
  const wanted = opaqueTag(etag);
  return ifNoneMatch.split(',').some((candidate) => opaqueTag(candidate) === wanted);
}

export function isNotModified(headers: IncomingHttpHeaders, reply: CacheableReply): boolean {
  const ifNoneMatch = headers['if-none-match'];
  if (ifNoneMatch !== undefined) return etagMatches(ifNoneMatch, reply.etag);
  const ifModifiedSince = headers['if-modified-since'];
  if (ifModifiedSince === undefined) return false;
  const since = Date.parse(ifModifiedSince);
  return !Number.isNaN(since) && reply.lastModified <= since;
}

/** Turns a cacheable 200 into a 304 when the request's validators match; other replies pass through. */
export function applyConditional(headers: IncomingHttpHeaders, method: string, reply: Reply): Reply {
  if (!isCacheable(reply) || reply.status !== 200) return reply;
  if (method !== 'GET' && method !== 'HEAD') return reply;
  if (!isNotModified(headers, reply)) return reply;
  const kept: Record<string, string> = {};
  for (const name of ['ETag', 'Last-Modified', 'Cache-Control']) {
    const value = reply.headers[name];
    if (value !== undefined) kept[name] = value;
  }
  return { status: 304, headers: kept, body: '' };
}
