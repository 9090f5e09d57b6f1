/** A section's old addresses: whether an address is one of them, and which configured one it matched. */
import type { SectionEntry } from '../config/schema';

/**
 * An address as the browser matches a request: parsed and written back (host in lower case, default port dropped,
 * spaces escaped), without its fragment, which never reaches a request; null when it is no address. The redirect
 * rules and the guidance page compare old addresses in this one form, so that a configured "…/menus.aspx#semaine",
 * or a bookmark to "…/menus.aspx#top", is the address the rule caught.
 */
export function requestForm(url: string): string | null {
  if (!URL.canParse(url)) return null;
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}

const canonical = (url: string): string => requestForm(url) ?? url;

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
