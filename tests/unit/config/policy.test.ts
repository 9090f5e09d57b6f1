import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PolicyCache, readManagedPolicy, watchManagedPolicy } from '@/utils/config/policy';

describe('readManagedPolicy', () => {
  it('reads the managed area', async () => {
    await fakeBrowser.storage.managed.set({ configUrl: 'https://esn.example/c.json' });
    expect(await readManagedPolicy()).toEqual({ present: true, values: { configUrl: 'https://esn.example/c.json' } });
  });

  it('treats an empty area as no policy', async () => {
    expect(await readManagedPolicy()).toEqual({ present: false, values: {} });
  });

  it('treats a rejection (Firefox without policy) as no policy, not an error', async () => {
    const area = { get: () => Promise.reject(new Error('Managed storage manifest not found')) };
    expect(await readManagedPolicy(area)).toEqual({
      present: false,
      values: {},
      note: 'no policy (Managed storage manifest not found)',
    });
  });
});

describe('PolicyCache', () => {
  it('reads once, then tells whether a reload changed anything', async () => {
    let values: Record<string, unknown> = { features: { news: false } };
    const read = vi.fn(async () => ({ present: true, values }));
    const cache = new PolicyCache(read);
    await cache.current();
    await cache.current();
    expect(read).toHaveBeenCalledTimes(1);
    expect(await cache.reload()).toBe(false);
    values = { features: { news: true } };
    expect(await cache.reload()).toBe(true);
    expect((await cache.current()).values).toEqual({ features: { news: true } });
  });
});

describe('watchManagedPolicy', () => {
  it('calls back on a managed change only', async () => {
    const onChange = vi.fn();
    watchManagedPolicy(onChange);
    await fakeBrowser.storage.local.set({ x: 1 });
    expect(onChange).not.toHaveBeenCalled();
    await fakeBrowser.storage.managed.set({ configUrl: 'https://esn.example/c.json' });
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
