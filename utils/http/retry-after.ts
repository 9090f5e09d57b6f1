/**
 * Retry-After (RFC 9110 §10.2.3), one reading for the feeds' polls and the indicators' batches: a delay in seconds
 * or an HTTP date. A day at most: a server's misconfigured value (a year, an epoch-sized number) would otherwise
 * silence a feed, or hold the usage batches, for good.
 */
export const MAX_RETRY_AFTER_MS = 24 * 60 * 60_000;

/** The wait Retry-After asks for, in milliseconds from `now` (at most a day); null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | null {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  if (/^\d+$/.test(trimmed)) return Math.min(Number(trimmed) * 1000, MAX_RETRY_AFTER_MS);
  // An HTTP date names its day and month; Date.parse alone would also take "-5" or "2" for a year.
  const date = /[a-z]{3}/i.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
  return Number.isNaN(date) ? null : Math.min(Math.max(0, date - now), MAX_RETRY_AFTER_MS);
}
