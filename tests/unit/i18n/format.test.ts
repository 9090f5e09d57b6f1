import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDay, formatRelative } from '@/utils/i18n/format';

const NOW = Date.UTC(2026, 10, 29, 18, 51);

describe('the pages’ one date format', () => {
  it('writes a moment the French way in French and the English way in English', () => {
    expect(formatDateTime(NOW, 'fr')).toMatch(/29 nov\. 2026/);
    expect(formatDateTime(NOW, 'en')).toMatch(/Nov 29, 2026/);
    expect(formatDateTime(NOW, 'fr')).not.toMatch(/AM|PM/);
  });

  it('writes a calendar day without shifting it by the time zone, and keeps text that is not a date', () => {
    expect(formatDay('2026-09-15', 'fr')).toBe('15 sept. 2026');
    expect(formatDay('2026-09-15', 'en')).toBe('Sep 15, 2026');
    expect(formatDay('next week', 'fr')).toBe('next week');
  });

  it('says how long ago in the UI language, and falls back to the date past a week or in the future', () => {
    expect(formatRelative(NOW - 5 * 60_000, NOW, 'fr')).toBe('il y a 5 minutes');
    expect(formatRelative(NOW - 3 * 3_600_000, NOW, 'en')).toBe('3 hours ago');
    expect(formatRelative(NOW - 86_400_000, NOW, 'fr')).toBe('hier');
    expect(formatRelative(NOW - 10_000, NOW, 'en')).toBe('now');
    expect(formatRelative(NOW - 8 * 86_400_000, NOW, 'en')).toBe(formatDateTime(NOW - 8 * 86_400_000, 'en'));
    expect(formatRelative(NOW + 60_000, NOW, 'fr')).toBe(formatDateTime(NOW + 60_000, 'fr'));
  });

  it('shows a damaged stored time as a dash instead of throwing', () => {
    expect(formatDateTime(Number.NaN, 'fr')).toBe('—');
    expect(formatDateTime(1e20, 'en')).toBe('—');
    expect(formatRelative(Number.POSITIVE_INFINITY, NOW, 'en')).toBe('—');
  });
});
