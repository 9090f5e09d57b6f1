/**
 * Replies are plain values built by the route handlers; server.ts applies faults and conditional requests to
 * them, counts their status and writes them. Keeping them as data makes handlers easy to read and to test.
 */
import type { SafeHtml } from './html';

export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string | Buffer;
}

/** Validators of a cacheable reply (see conditional.ts). */
export interface CacheableReply extends Reply {
  etag: string;
  lastModified: number;
}

export const CONTENT_TYPES = {
  html: 'text/html; charset=utf-8',
  text: 'text/plain; charset=utf-8',
  json: 'application/json; charset=utf-8',
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  svg: 'image/svg+xml',
} as const;

export function htmlReply(status: number, page: SafeHtml | string, headers: Record<string, string> = {}): Reply {
  return { status, headers: { 'Content-Type': CONTENT_TYPES.html, ...headers }, body: String(page) };
}

export function jsonReply(status: number, value: unknown): Reply {
  return {
    status,
    headers: { 'Content-Type': CONTENT_TYPES.json, 'Cache-Control': 'no-store' },
    body: `${JSON.stringify(value, null, 2)}\n`,
  };
}

export function textReply(status: number, text: string, headers: Record<string, string> = {}): Reply {
  return { status, headers: { 'Content-Type': CONTENT_TYPES.text, ...headers }, body: text };
}

export function redirect(location: string, status = 302): Reply {
  return { status, headers: { Location: location, 'Cache-Control': 'no-store' }, body: '' };
}

export function noContent(): Reply {
  return { status: 204, headers: {}, body: '' };
}

export function methodNotAllowed(allowed: readonly string[]): Reply {
  return textReply(405, `Méthode non autorisée / Method not allowed. Allowed: ${allowed.join(', ')}\n`, {
    Allow: allowed.join(', '),
  });
}
