/**
 * The fingerprint of a feed response, so that a server that never answers 304 (a gzip proxy turns the ETag weak
 * and the server then compares strings) costs no parse and no write when nothing changed: same bytes, same items.
 * It covers what else decides the items (the reader's version and the feed's settings), so an update of
 * Passerelle or a new importance rule reads the feed again once.
 */
import type { FeedRef } from './normalise';

/** Bump when parsing or normalisation changes what a given body yields. */
const FEED_READER_VERSION = 3;

const hex = (buffer: ArrayBuffer) =>
  [...new Uint8Array(buffer)].map((byte) => byte.toString(16).padStart(2, '0')).join('');

export async function feedDigest(feed: FeedRef, body: Uint8Array): Promise<string> {
  const header = new TextEncoder().encode(
    `${FEED_READER_VERSION}\n${JSON.stringify([feed.id, feed.url, feed.important ?? null])}\n`,
  );
  const input = new Uint8Array(header.length + body.length);
  input.set(header);
  input.set(body, header.length);
  return `sha256:${hex(await crypto.subtle.digest('SHA-256', input))}`;
}
