import { beforeEach, describe, expect, it } from 'vitest';
import { PAINT_CACHE_KEY, readPaintCache, writePaintCache } from '@/utils/snapshot/paint-cache';
import { EMPTY_SNAPSHOT, type PopupSnapshot } from '@/utils/snapshot/types';

const snapshot: PopupSnapshot = {
  ...EMPTY_SNAPSHOT,
  config: { ...EMPTY_SNAPSHOT.config, configured: true, esnName: 'Agora' },
};

describe('the paint cache', () => {
  beforeEach(() => localStorage.clear());

  it('gives back what was written', () => {
    writePaintCache(snapshot);
    expect(readPaintCache()).toEqual(snapshot);
  });

  it('is empty before anything was written', () => {
    expect(readPaintCache()).toBeNull();
  });

  it('paints a copy an earlier version kept when it has the shape this version paints (the first opening after an upgrade)', () => {
    localStorage.setItem(PAINT_CACHE_KEY, JSON.stringify({ version: '0.4.0', snapshot }));
    expect(readPaintCache()).toEqual(snapshot);
  });

  it('ignores and drops a copy an earlier version kept without what this version paints', () => {
    const { launcher, ...olderShape } = snapshot;
    localStorage.setItem(PAINT_CACHE_KEY, JSON.stringify({ version: '0.4.0', snapshot: olderShape }));
    expect(readPaintCache()).toBeNull();
    expect(localStorage.getItem(PAINT_CACHE_KEY)).toBeNull();
  });

  it.each([
    ['text that is not JSON', '{"snapshot":'],
    ['a snapshot with a slice missing', JSON.stringify({ snapshot: { config: {} } })],
    ['JSON null', 'null'],
  ])('ignores and drops %s', (_what, text) => {
    localStorage.setItem(PAINT_CACHE_KEY, text);
    expect(readPaintCache()).toBeNull();
    expect(localStorage.getItem(PAINT_CACHE_KEY)).toBeNull();
  });

  it('does nothing, and does not throw, when the storage refuses access', () => {
    const refusing = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as Storage;
    expect(() => writePaintCache(snapshot, refusing)).not.toThrow();
    expect(readPaintCache(refusing)).toBeNull();
  });
});

describe('writing the paint cache', () => {
  it('does not rewrite an unchanged copy', () => {
    const writes: string[] = [];
    const values = new Map<string, string>();
    const counting = {
      getItem: (key: string) => values.get(key) ?? null,
      setItem: (key: string, value: string) => {
        writes.push(key);
        values.set(key, value);
      },
      removeItem: (key: string) => values.delete(key),
    } as unknown as Storage;
    writePaintCache(snapshot, counting);
    writePaintCache(structuredClone(snapshot), counting);
    expect(writes).toHaveLength(1);
    writePaintCache({ ...snapshot, config: { ...snapshot.config, esnName: 'Other' } }, counting);
    expect(writes).toHaveLength(2);
  });
});
