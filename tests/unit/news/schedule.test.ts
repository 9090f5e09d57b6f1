import { describe, expect, it } from 'vitest';
import { POLLING_FLOOR_MINUTES } from '@/utils/config/effective';
import {
  effectiveIntervalMinutes,
  isStale,
  MAX_BACKOFF_MINUTES,
  nextPollAt,
  serverHintMinutes,
} from '@/utils/news/schedule';

const MIN = 60_000;
const NOW = 1_800_000_000_000;

describe('schedule', () => {
  it('never polls more often than the floor', () => {
    expect(effectiveIntervalMinutes(1)).toBe(POLLING_FLOOR_MINUTES);
    expect(effectiveIntervalMinutes(Number.NaN)).toBe(POLLING_FLOOR_MINUTES);
    expect(effectiveIntervalMinutes(30)).toBe(30);
  });

  it('a server hint lengthens the interval, never shortens it', () => {
    expect(effectiveIntervalMinutes(15, 60)).toBe(60);
    expect(effectiveIntervalMinutes(15, 1)).toBe(15);
  });

  it('jitters ±20 % around the interval', () => {
    const at = (random: number) => (nextPollAt({ now: NOW, intervalMinutes: 15, failures: 0, random }) - NOW) / MIN;
    expect(at(0)).toBeCloseTo(12);
    expect(at(0.5)).toBeCloseTo(15);
    expect(at(0.999_999)).toBeCloseTo(18);
  });

  it('backs off exponentially, up to a cap', () => {
    const at = (failures: number) => (nextPollAt({ now: NOW, intervalMinutes: 15, failures, random: 0.5 }) - NOW) / MIN;
    expect([at(1), at(2), at(3)]).toEqual([30, 60, 120]);
    expect(at(30)).toBe(MAX_BACKOFF_MINUTES);
  });

  it('honours Retry-After as a minimum', () => {
    const at = nextPollAt({ now: NOW, intervalMinutes: 15, failures: 1, random: 0.5, retryAfterMs: 120 * MIN });
    expect(at - NOW).toBe(120 * MIN);
  });

  it('reads Cache-Control max-age in minutes', () => {
    expect(serverHintMinutes('public, max-age=1800')).toBe(30);
    expect(serverHintMinutes('no-cache')).toBeUndefined();
  });

  it('calls a feed stale after three intervals (at least an hour)', () => {
    expect(isStale(NOW - 50 * MIN, NOW, 15)).toBe(false);
    expect(isStale(NOW - 61 * MIN, NOW, 15)).toBe(true);
    expect(isStale(undefined, NOW, 15)).toBe(false);
  });
});
