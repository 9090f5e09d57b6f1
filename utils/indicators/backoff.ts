/** When to try again after a failed send: 5 minutes, doubling, at most 6 hours, never sooner than Retry-After. */
export const RETRY_BASE_MS = 5 * 60_000;
export const RETRY_MAX_MS = 6 * 60 * 60_000;

/**
 * attempt: 1 for the first failure. random() in [0, 1) spreads 50,000 devices over ±20 % so that they do not
 * all come back at the same second after an outage.
 */
export function retryDelayMs(attempt: number, retryAfterMs: number | null, random: () => number): number {
  const exponential = Math.min(RETRY_BASE_MS * 2 ** Math.max(0, attempt - 1), RETRY_MAX_MS);
  const jittered = Math.round(exponential * (0.8 + 0.4 * random()));
  return Math.max(jittered, retryAfterMs ?? 0);
}

type SendOutcome = 'sent' | 'retry' | 'refused';

/** 2xx: done. 408, 429 and 5xx, or no answer: try again later. Other 4xx: the ESN will never take it, drop it. */
export function outcomeOf(status: number | null): SendOutcome {
  if (status !== null && status >= 200 && status < 300) return 'sent';
  if (status === null || status === 408 || status === 429 || status >= 500) return 'retry';
  return 'refused';
}
