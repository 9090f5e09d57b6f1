/** Bytes of one feed response → its items, or a FeedRefusedError saying why not. */
import { decodeFeedBytes } from './decode-feed-bytes';
import { type FeedRef, normaliseEntries } from './normalise';
import { parseFeedText } from './parse-feed';
import type { NewsItem } from './types';

export interface ReadFeedResult {
  items: NewsItem[];
  encoding: string;
  title?: string;
}

export function readFeed(feed: FeedRef, bytes: Uint8Array | ArrayBuffer, contentType?: string | null): ReadFeedResult {
  const decoded = decodeFeedBytes(bytes, contentType);
  const parsed = parseFeedText(decoded.text);
  return {
    items: normaliseEntries(feed, parsed.entries, parsed.base),
    encoding: decoded.encoding,
    ...(parsed.title === undefined ? {} : { title: parsed.title }),
  };
}
