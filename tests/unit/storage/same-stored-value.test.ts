import { describe, expect, it } from 'vitest';
import { sameStoredValue } from '@/utils/storage-health/same-stored-value';

describe('sameStoredValue', () => {
  it('finds a value the same whatever the order of its keys, at any depth', () => {
    const written = { url: 'https://esn.example/charte', version: '2026-09', links: { help: 'h', feedback: 'f' } };
    const readBack = { links: { feedback: 'f', help: 'h' }, url: 'https://esn.example/charte', version: '2026-09' };
    expect(sameStoredValue(readBack, written)).toBe(true);
    expect(sameStoredValue([readBack], [written])).toBe(true);
  });

  it('counts a property holding undefined as absent, as storage drops it', () => {
    expect(sameStoredValue({ id: 'a' }, { id: 'a', breadcrumb: undefined })).toBe(true);
    expect(sameStoredValue(undefined, undefined)).toBe(true);
  });

  it('tells a real change: another value, another order of items, a key more, null against absent', () => {
    expect(sameStoredValue({ unread: 6 }, { unread: 7 })).toBe(false);
    expect(sameStoredValue(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameStoredValue({ id: 'a' }, { id: 'a', stale: false })).toBe(false);
    expect(sameStoredValue({ id: 'a' }, { id: 'a', outbox: null })).toBe(false);
    expect(sameStoredValue(undefined, [])).toBe(false);
  });
});
