/** A section's old addresses: whether an address is one of them, and which configured one it matched. */
import type { SectionEntry } from '../config/schema';

function canonical(url: string): string {
  return URL.canParse(url) ? new URL(url).href : url;
}

/**
 * The entry's configured old address or prefix that `url` is (exactly, or below the prefix), or null. What is
 * counted or shown as "the old address" is this configured text, never the longer address that was opened (a page
 * below a prefix may name a person).
 */
export function matchedOldAddress(url: string, entry: SectionEntry): string | null {
  const href = canonical(url);
  const exact = (entry.oldUrls ?? []).find((old) => canonical(old) === href);
  if (exact !== undefined) return exact;
  return (entry.oldUrlPrefixes ?? []).find((prefix) => href.startsWith(canonical(prefix))) ?? null;
}

/** Whether a bookmarked or opened address is one of the entry's old addresses. */
export function isOldAddress(url: string, entry: SectionEntry): boolean {
  return matchedOldAddress(url, entry) !== null;
}
