/**
 * The extension's host permissions as URL filters for navigation events. The browser matches these filters before
 * it wakes the background, so a navigation elsewhere (an extension page, a tab switch, a site a narrow build may
 * not see) never starts it. Paths are not filtered: the listeners check the address themselves.
 */
import type { Browser } from 'wxt/browser';

type UrlFilter = Browser.events.UrlFilter;

const WEB_SCHEMES = ['http', 'https'];
const MATCH_PATTERN = /^(\*|https?):\/\/(\*|\*\.[^/*]+|[^/*]+)\//;

/** One filter per host of a match pattern (two for `*.example.com`: the domain itself and its subdomains). */
function filtersOf(pattern: string): UrlFilter[] {
  if (pattern === '<all_urls>') return [{ schemes: WEB_SCHEMES }];
  const match = MATCH_PATTERN.exec(pattern);
  if (!match) return [];
  const [, scheme = '', host = ''] = match;
  const schemes = scheme === '*' ? WEB_SCHEMES : [scheme];
  if (host === '*') return [{ schemes }];
  if (host.startsWith('*.')) {
    const domain = host.slice(2);
    return [
      { schemes, hostEquals: domain },
      { schemes, hostSuffix: `.${domain}` },
    ];
  }
  return [{ schemes, hostEquals: host }];
}

/** The web pages (http and https) a build's host permissions let it see; patterns for other schemes are left out. */
export function webPageFilters(hostPermissions: readonly string[]): UrlFilter[] {
  return hostPermissions.flatMap(filtersOf);
}
