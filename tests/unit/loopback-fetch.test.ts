import { describe, expect, it, vi } from 'vitest';
import { loopbackOnlyFetch } from './loopback-fetch';

describe('the unit tests’ fetch', () => {
  it('lets loopback requests through and refuses any other host without looking it up', async () => {
    const real = vi.fn(async () => new Response('ok'));
    const guarded = loopbackOnlyFetch(real as unknown as typeof fetch);
    expect(await (await guarded('http://127.0.0.1:4000/config.json')).text()).toBe('ok');
    await expect(guarded('https://esn.example/passerelle/config.json')).rejects.toThrow(/never reach the network/);
    await expect(guarded(new Request('https://intranet.example/'))).rejects.toThrow(/intranet\.example/);
    expect(real).toHaveBeenCalledTimes(1);
  });
});
