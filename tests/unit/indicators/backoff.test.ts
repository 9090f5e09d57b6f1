import { describe, expect, it } from 'vitest';
import { outcomeOf, RETRY_BASE_MS, RETRY_MAX_MS, retryDelayMs } from '@/utils/indicators/backoff';

describe('retry with backoff', () => {
  it('doubles from five minutes up to six hours, with ±20 % jitter', () => {
    const middle = () => 0.5;
    expect(retryDelayMs(1, null, middle)).toBe(RETRY_BASE_MS);
    expect(retryDelayMs(2, null, middle)).toBe(2 * RETRY_BASE_MS);
    expect(retryDelayMs(4, null, middle)).toBe(8 * RETRY_BASE_MS);
    expect(retryDelayMs(30, null, middle)).toBe(RETRY_MAX_MS);
    expect(retryDelayMs(1, null, () => 0)).toBe(0.8 * RETRY_BASE_MS);
    expect(retryDelayMs(1, null, () => 0.999999)).toBeLessThanOrEqual(1.2 * RETRY_BASE_MS);
  });

  it('never comes back sooner than Retry-After', () => {
    expect(retryDelayMs(1, 3_600_000, () => 0.5)).toBe(3_600_000);
  });

  it('retries on no answer, 408, 429 and 5xx; drops on other refusals', () => {
    expect(outcomeOf(204)).toBe('sent');
    expect(outcomeOf(null)).toBe('retry');
    expect(outcomeOf(408)).toBe('retry');
    expect(outcomeOf(429)).toBe('retry');
    expect(outcomeOf(503)).toBe('retry');
    expect(outcomeOf(400)).toBe('refused');
    expect(outcomeOf(413)).toBe('refused');
  });
});
