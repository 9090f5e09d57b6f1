/**
 * When to poll a feed next. Pure: the ESN's load at 50,000 installs depends on it (see tests/bench/news.bench.ts).
 * - the interval is the configuration's, never below POLLING_FLOOR_MINUTES;
 * - server hint: a `Cache-Control: max-age` on the feed response lengthens the interval (never shortens it);
 *   we chose it over a custom header because every ESN and reverse proxy can already send it;
 * - ±20 % random jitter, so installs started together (9:00) drift apart instead of polling in step;
 * - exponential backoff after failures (×2 per failure, up to MAX_BACKOFF_MINUTES);
 * - a Retry-After (429/503) is a minimum.
 */
import { POLLING_FLOOR_MINUTES } from '../config/effective';

const MINUTE = 60_000;
export const MAX_BACKOFF_MINUTES = 6 * 60;
const MAX_SERVER_HINT_MINUTES = 24 * 60;
const JITTER = 0.2;

interface ScheduleInput {
  now: number;
  intervalMinutes: number;
  failures: number;
  serverHintMinutes?: number;
  retryAfterMs?: number;
  /** A number in [0, 1): Math.random in production, fixed in tests. */
  random: number;
}

export function effectiveIntervalMinutes(intervalMinutes: number, serverHintMinutes?: number): number {
  const configured = Math.max(POLLING_FLOOR_MINUTES, Number.isFinite(intervalMinutes) ? intervalMinutes : 0);
  const hint = Math.min(serverHintMinutes ?? 0, MAX_SERVER_HINT_MINUTES);
  return Math.max(configured, hint);
}

export function nextPollAt(input: ScheduleInput): number {
  const base = effectiveIntervalMinutes(input.intervalMinutes, input.serverHintMinutes);
  const backoff = Math.min(base * 2 ** Math.min(input.failures, 16), Math.max(base, MAX_BACKOFF_MINUTES));
  const jittered = backoff * (1 - JITTER + 2 * JITTER * input.random) * MINUTE;
  return input.now + Math.max(jittered, input.retryAfterMs ?? 0);
}

/** `Cache-Control: max-age=N` in minutes (rounded up), or undefined. */
export function serverHintMinutes(cacheControl: string | null): number | undefined {
  const match = cacheControl?.match(/(?:^|,)\s*max-age\s*=\s*"?(\d+)"?/i);
  return match ? Math.ceil(Number(match[1]) / 60) : undefined;
}

/** A feed is stale when its last success is older than three intervals (and at least an hour). */
export function isStale(lastSuccessAt: number | undefined, now: number, intervalMinutes: number): boolean {
  if (lastSuccessAt === undefined) return false;
  const limit = Math.max(3 * effectiveIntervalMinutes(intervalMinutes), 60) * MINUTE;
  return now - lastSuccessAt > limit;
}
