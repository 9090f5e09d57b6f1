/**
 * Fault injection. A fault applies to the data endpoints (feeds, configuration document, sections index); when
 * `paths` is given, it applies instead to every path starting with one of those prefixes. Control routes
 * (/__demo/…) and the sign-in page are never affected.
 */

import { errorPage } from './pages/errors';
import { CONTENT_TYPES, htmlReply, type Reply, redirect, textReply } from './reply';

export const FAULT_MODES = [
  'down',
  'error500',
  'rateLimited',
  'slow',
  'signin',
  'malformed',
  'weakEtag',
  'oversized',
] as const;
export type FaultMode = (typeof FAULT_MODES)[number];

export interface FaultOptions {
  /** `rateLimited`: value of Retry-After, in seconds (default 120). */
  retryAfterSeconds?: number;
  /** `slow`: delay before the correct answer, in milliseconds (default 5000). */
  delayMs?: number;
  /** Path prefixes the fault is limited to, e.g. ["/feeds/"]. */
  paths?: string[];
}

export interface ActiveFault {
  mode: FaultMode;
  retryAfterSeconds: number;
  delayMs: number;
  paths: string[] | null;
}

export const DEFAULT_RETRY_AFTER_SECONDS = 120;
export const DEFAULT_DELAY_MS = 5000;

export const DATA_PATHS = [
  '/feeds/actualites.rss',
  '/feeds/evenements.atom',
  '/passerelle/config.json',
  '/passerelle/sections.json',
  '/passerelle/sections.csv',
] as const;

const NEVER_FAULTED_PREFIXES = ['/__demo/', '/connexion'];

export function isFaultMode(value: unknown): value is FaultMode {
  return typeof value === 'string' && (FAULT_MODES as readonly string[]).includes(value);
}

function nonNegativeInteger(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value >= 0 ? Math.floor(value) : fallback;
}

export class FaultState {
  private current: ActiveFault | null = null;

  set(mode: FaultMode | null, options: FaultOptions = {}): void {
    if (mode === null) {
      this.current = null;
      return;
    }
    if (!isFaultMode(mode)) throw new Error(`Unknown fault mode: ${String(mode)}`);
    this.current = {
      mode,
      retryAfterSeconds: nonNegativeInteger(options.retryAfterSeconds, DEFAULT_RETRY_AFTER_SECONDS),
      delayMs: nonNegativeInteger(options.delayMs, DEFAULT_DELAY_MS),
      paths: options.paths && options.paths.length > 0 ? [...options.paths] : null,
    };
  }

  get(): ActiveFault | null {
    return this.current === null ? null : { ...this.current, paths: this.current.paths && [...this.current.paths] };
  }

  /** The fault to apply to a request for `path`, if any. */
  forPath(path: string): ActiveFault | null {
    const fault = this.current;
    if (fault === null) return null;
    if (NEVER_FAULTED_PREFIXES.some((prefix) => path.startsWith(prefix))) return null;
    const inScope =
      fault.paths === null
        ? (DATA_PATHS as readonly string[]).includes(path)
        : fault.paths.some((prefix) => path.startsWith(prefix));
    return inScope ? fault : null;
  }
}

/** The immediate reply of the error500, rateLimited and signin modes. */
export function faultReply(fault: ActiveFault, origin: string, path: string): Reply | null {
  switch (fault.mode) {
    case 'error500':
      return htmlReply(
        500,
        errorPage('fr', {
          status: 500,
          title: 'Erreur interne du serveur',
          message: 'La Ruche rencontre un problème technique. Réessayez dans quelques minutes.',
        }),
        { 'Cache-Control': 'no-store' },
      );
    case 'rateLimited':
      return textReply(429, 'Trop de requêtes / Too many requests.\n', {
        'Retry-After': String(fault.retryAfterSeconds),
        'Cache-Control': 'no-store',
      });
    case 'signin':
      return redirect(`${origin}/connexion?retour=${encodeURIComponent(path)}`);
    default:
      return null;
  }
}

function cutInsideLastTag(text: string, around: number): string {
  const lastOpen = text.lastIndexOf('<', around);
  return lastOpen > 0 ? text.slice(0, lastOpen + 3) : text.slice(0, around);
}

/**
 * `weakEtag`: what a gzipping proxy in front of a server that compares validators as strings does (Apache's
 * mod_deflate "-gzip" ETags): the ETag turns weak, and no request ever matches — always 200, with the full body.
 */
export function weakenEtag(reply: Reply): Reply {
  const etag = reply.headers.ETag;
  if (reply.status !== 200 || etag === undefined) return reply;
  const {
    etag: _strong,
    lastModified: _lastModified,
    ...plain
  } = reply as Reply & { etag?: string; lastModified?: number };
  return { ...plain, headers: { ...reply.headers, ETag: `W/${etag.replace(/"$/, '-gzip"')}` } };
}

/**
 * `malformed`: the right status and content type, a body that does not parse. XML is cut in the middle of a
 * tag, JSON is truncated (and can never close), CSV ends in an unterminated quoted field with a stray byte.
 */
export function garble(reply: Reply): Reply {
  const text = typeof reply.body === 'string' ? reply.body : reply.body.toString('utf8');
  const contentType = reply.headers['Content-Type'] ?? CONTENT_TYPES.text;
  const half = Math.max(1, Math.floor(text.length / 2));
  let body: string;
  if (contentType.includes('xml')) body = cutInsideLastTag(text, half);
  else if (contentType.includes('json')) body = `${text.slice(0, half)}…`;
  else if (contentType.includes('csv')) body = `${text.slice(0, half)}\r\n"champ non terminé;\uFFFD`;
  else body = text.slice(0, half);
  return { status: 200, headers: { 'Content-Type': contentType, 'Cache-Control': 'no-store' }, body };
}

/** Past every limit the extension sets (feeds 16 MB, sections index 20 MB, configuration document 1 MB). */
export const OVERSIZED_BYTES = 21 * 1024 * 1024;

/**
 * `oversized`: what a feed or index address that points at a video or a dump sends: 21 MB with no Content-Length
 * (the body is streamed), so only a reader that stops on its own is safe.
 */
export function oversize(reply: Reply): Reply {
  const contentType = reply.headers['Content-Type'] ?? CONTENT_TYPES.text;
  return {
    status: 200,
    headers: { 'Content-Type': contentType, 'Cache-Control': 'no-store', 'Transfer-Encoding': 'chunked' },
    body: Buffer.alloc(OVERSIZED_BYTES, 0x20),
  };
}
