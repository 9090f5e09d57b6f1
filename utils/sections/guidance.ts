/** What the guidance page needs: which entry sent the user there, from where, and how long to wait. */
import type { EffectiveConfig } from '../config/effective';

const DEFAULT_REDIRECT_DELAY_SECONDS = 5;

interface GuidanceQuery {
  id: string;
  from: string;
}

/**
 * `?id=…&from=…` as the guidance rules write it, `from` last: encoded by the rules of exact addresses, as opened
 * (raw, with its own `?` and `&`) by the rules of prefixes, which insert the whole address they matched.
 */
export function parseGuidanceQuery(search: string): GuidanceQuery | null {
  const id = new URLSearchParams(search).get('id');
  if (!id) return null;
  const at = search.indexOf('&from=');
  const from = at === -1 ? '' : search.slice(at + '&from='.length);
  // An encoded address has no ":" after its scheme ("https%3A%2F%2F…"): decode it; a raw one stays as opened.
  const encoded = /^[a-z][a-z0-9+.-]*%3A/i.test(from);
  return { id, from: encoded ? safeDecode(from) : from };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The configured delay before the guidance page continues (the default when unset; at most a minute). */
export function redirectDelaySeconds(config: Pick<EffectiveConfig, 'relocation'>): number {
  const value = config.relocation?.redirectDelaySeconds;
  return typeof value === 'number' && Number.isInteger(value) && value >= 0
    ? Math.min(value, 60)
    : DEFAULT_REDIRECT_DELAY_SECONDS;
}
