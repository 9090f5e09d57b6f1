/**
 * Which tool (or relocated section) a page belongs to. Pure. Hosts are compared after parsing, never as text,
 * so a look-alike (tool.example.evil.test, tool-example.test, user@tool.example@evil.test) never matches.
 */
import type { SectionEntry, Tool } from '../config/schema';

function parse(value: string): URL | null {
  if (!URL.canParse(value)) return null;
  const url = new URL(value);
  return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
}

const escapeRegExp = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** A configured pattern: scheme exact, host exact or "*." + a domain (any subdomain, or the domain itself), path glob. */
export function matchesPattern(page: URL, pattern: string): boolean {
  const found = /^(https?):\/\/(\*\.)?([^/:]+)(:\d{1,5})?(\/.*)?$/i.exec(pattern);
  if (!found) return false;
  const [, scheme, anySub, host = '', port, path] = found;
  if (page.protocol !== `${scheme?.toLowerCase()}:`) return false;
  const domain = host.toLowerCase();
  const hostOk = anySub ? page.hostname === domain || page.hostname.endsWith(`.${domain}`) : page.hostname === domain;
  if (!hostOk || page.port !== (port ? String(Number(port.slice(1))) : '')) return false;
  const glob = path ?? '/*';
  return new RegExp(`^${glob.split('*').map(escapeRegExp).join('.*')}$`).test(page.pathname);
}

/** The first tool whose own origin or one of whose patterns holds the page; null for none or a bad address. */
export function matchTool(pageUrl: string, tools: readonly Tool[]): Tool | null {
  const page = parse(pageUrl);
  if (!page) return null;
  return (
    tools.find((tool) => {
      const own = parse(tool.url);
      return own?.origin === page.origin || (tool.matches ?? []).some((pattern) => matchesPattern(page, pattern));
    }) ?? null
  );
}

/** The relocated section whose new page this is (same origin, same path, trailing slash aside). */
export function matchSectionPage(pageUrl: string, entries: readonly SectionEntry[]): SectionEntry | null {
  const page = parse(pageUrl);
  if (!page) return null;
  const trim = (path: string) => path.replace(/\/+$/, '');
  return (
    entries.find((entry) => {
      const target = parse(entry.newUrl);
      return target?.origin === page.origin && trim(target.pathname) === trim(page.pathname);
    }) ?? null
  );
}

/** The page's address as it may be shared: no query, no fragment (they may carry personal data). */
export function shareableAddress(pageUrl: string): string | null {
  const page = parse(pageUrl);
  return page ? `${page.origin}${page.pathname}` : null;
}
