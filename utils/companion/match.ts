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
function matchesPattern(page: URL, pattern: string): boolean {
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

/** Origins that are not one tool's alone: the ESN's, or one that several tools share. */
function sharedOrigins(tools: readonly Tool[], esnHome: string | undefined): Set<string> {
  const seen = new Set<string>();
  const shared = new Set<string>(esnHome && parse(esnHome) ? [(parse(esnHome) as URL).origin] : []);
  for (const tool of tools) {
    const origin = parse(tool.url)?.origin;
    if (origin && seen.has(origin)) shared.add(origin);
    if (origin) seen.add(origin);
  }
  return shared;
}

function underToolAddress(page: URL, own: URL): boolean {
  const base = own.pathname.replace(/\/+$/, '');
  return page.pathname === base || page.pathname.startsWith(`${base}/`);
}

/**
 * The first tool that holds the page: its own origin (or, on an origin it shares with the ESN or other tools,
 * its own address and below), or one of its patterns; null for none or a bad address.
 */
export function matchTool(pageUrl: string, tools: readonly Tool[], esnHome?: string): Tool | null {
  const page = parse(pageUrl);
  if (!page) return null;
  const shared = sharedOrigins(tools, esnHome);
  return (
    tools.find((tool) => {
      const own = parse(tool.url);
      const onOwn = own?.origin === page.origin && (!shared.has(own.origin) || underToolAddress(page, own));
      return onOwn || (tool.matches ?? []).some((pattern) => matchesPattern(page, pattern));
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
