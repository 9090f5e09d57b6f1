// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MAX_RETRY_AFTER_MS, parseRetryAfter } from '@/utils/http/retry-after';

const NOW = Date.parse('2026-11-27T13:59:00Z');

describe('parseRetryAfter', () => {
  it('reads a delay in seconds or an HTTP date, as milliseconds from now', () => {
    expect(parseRetryAfter('120', NOW)).toBe(120_000);
    expect(parseRetryAfter(' 120 ', NOW)).toBe(120_000);
    expect(parseRetryAfter('Fri, 27 Nov 2026 14:00:00 GMT', NOW)).toBe(60_000);
    expect(parseRetryAfter('Fri, 27 Nov 2026 13:00:00 GMT', NOW)).toBe(0);
  });

  it('asks for a day at most, whatever a misconfigured server says', () => {
    expect(parseRetryAfter('31536000', NOW)).toBe(MAX_RETRY_AFTER_MS);
    expect(parseRetryAfter('99999999999999999999999', NOW)).toBe(MAX_RETRY_AFTER_MS);
    expect(parseRetryAfter('Fri, 27 Nov 2099 14:00:00 GMT', NOW)).toBe(MAX_RETRY_AFTER_MS);
  });

  it('is null when absent or unreadable', () => {
    expect(parseRetryAfter(null, NOW)).toBeNull();
    expect(parseRetryAfter('', NOW)).toBeNull();
    expect(parseRetryAfter('soon', NOW)).toBeNull();
    expect(parseRetryAfter('-5', NOW)).toBeNull();
  });
});
