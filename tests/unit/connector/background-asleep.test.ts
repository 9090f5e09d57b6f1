import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { backgroundAsleep } from '@/utils/connector/background-asleep';

describe('backgroundAsleep', () => {
  afterEach(() => {
    Reflect.deleteProperty(fakeBrowser.runtime, 'getContexts');
  });

  it('is asleep when the browser lists no running background, awake when it lists one', async () => {
    const getContexts = vi.fn(async () => [] as unknown[]);
    Object.assign(fakeBrowser.runtime, { getContexts });
    expect(await backgroundAsleep()).toBe(true);
    expect(getContexts).toHaveBeenCalledWith({ contextTypes: ['BACKGROUND'] });
    getContexts.mockResolvedValue([{ contextType: 'BACKGROUND', contextId: 'c1' }]);
    expect(await backgroundAsleep()).toBe(false);
  });

  it('counts as awake in a browser that cannot tell', async () => {
    Reflect.deleteProperty(fakeBrowser.runtime, 'getContexts');
    expect(await backgroundAsleep()).toBe(false);
  });
});
