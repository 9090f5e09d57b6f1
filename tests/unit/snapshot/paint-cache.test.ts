import { beforeEach, describe, expect, it } from 'vitest';
import { PAINT_CACHE_KEY, readPaintCache, writePaintCache } from '@/utils/snapshot/paint-cache';
import { EMPTY_SNAPSHOT, type PopupSnapshot } from '@/utils/snapshot/types';

const snapshot: PopupSnapshot = {
  ...EMPTY_SNAPSHOT,
  config: { ...EMPTY_SNAPSHOT.config, configured: true, esnName: 'Agora' },
};

describe('the paint cache', () => {
  beforeEach(() => localStorage.clear());

  it('gives back what was written by the same version', () => {
    writePaintCache(snapshot, '1.2.0');
    expect(readPaintCache('1.2.0')).toEqual(snapshot);
  });

  it('is empty before anything was written', () => {
    expect(readPaintCache('1.2.0')).toBeNull();
  });

  it('ignores and drops a copy written by another version, whose snapshot may have another shape', () => {
    writePaintCache(snapshot, '1.1.0');
    expect(readPaintCache('1.2.0')).toBeNull();
    expect(localStorage.getItem(PAINT_CACHE_KEY)).toBeNull();
  });

  it.each([
    ['text that is not JSON', '{"version":"1.2.0","snapshot":'],
    ['a snapshot with a slice missing', JSON.stringify({ version: '1.2.0', snapshot: { config: {} } })],
    ['JSON null', 'null'],
  ])('ignores and drops %s', (_what, text) => {
    localStorage.setItem(PAINT_CACHE_KEY, text);
    expect(readPaintCache('1.2.0')).toBeNull();
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
    expect(() => writePaintCache(snapshot, '1.2.0', refusing)).not.toThrow();
    expect(readPaintCache('1.2.0', refusing)).toBeNull();
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
    writePaintCache(snapshot, '1.2.0', counting);
    writePaintCache(structuredClone(snapshot), '1.2.0', counting);
    expect(writes).toHaveLength(1);
    writePaintCache({ ...snapshot, config: { ...snapshot.config, esnName: 'Other' } }, '1.2.0', counting);
    expect(writes).toHaveLength(2);
  });
});
