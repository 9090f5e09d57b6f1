import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EMPTY_CONFIG } from '@/utils/config/effective';
import { effectiveConfigItem } from '@/utils/config/storage';
import { addEvent } from '@/utils/indicators/aggregate';
import { startIndicators as startIndicatorsBackground } from '@/utils/indicators/background';
import { indicatorsOutboxItem, pendingIndicatorsItem } from '@/utils/indicators/storage';
import { recordingHandlers } from '../message-handlers';
import { indicatorsConfig } from './fixtures';

async function until(check: () => Promise<boolean>): Promise<void> {
  await vi.waitFor(async () => expect(await check()).toBe(true));
}

/** Its handlers go to a registrar of the test's own, so the capability starts afresh in every test. */
async function startIndicators(): Promise<void> {
  startIndicatorsBackground(recordingHandlers().handleMessage);
}

describe('indicators in the background', () => {
  beforeEach(() => {
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'P', version: '1.0.0' });
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('creates the daily alarm when indicators turn on, and forgets everything when they turn off', async () => {
    await effectiveConfigItem.setValue(indicatorsConfig());
    await startIndicators();
    await until(async () => (await fakeBrowser.alarms.get('passerelle-indicators-daily')) !== undefined);
    const alarm = await fakeBrowser.alarms.get('passerelle-indicators-daily');
    expect(alarm?.periodInMinutes).toBe(24 * 60);

    await pendingIndicatorsItem.setValue(addEvent([], { kind: 'active' }, '2026-11-27'));
    await indicatorsOutboxItem.setValue({ days: [], attempts: 2, nextAttemptAt: 1 });
    await effectiveConfigItem.setValue(EMPTY_CONFIG);
    await until(async () => (await pendingIndicatorsItem.getValue()).length === 0);
    await until(async () => (await indicatorsOutboxItem.getValue()) === null);
    expect(await fakeBrowser.alarms.get('passerelle-indicators-daily')).toBeUndefined();
  });

  it('sends the batch when the daily alarm fires, without cookies', async () => {
    const fetchMock = vi.fn(async () => new Response(null, { status: 204 }));
    // A spy, not vi.stubGlobal: unstubbing all globals would also remove WXT's fake browser from the shared graph.
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockImplementation(fetchMock);
    try {
      await effectiveConfigItem.setValue(indicatorsConfig());
      await pendingIndicatorsItem.setValue(addEvent([], { kind: 'active' }, '2026-11-27'));
      await startIndicators();
      await fakeBrowser.alarms.onAlarm.trigger({
        name: 'passerelle-indicators-daily',
        scheduledTime: Date.now(),
        persistAcrossSessions: true,
      });
      await until(async () => fetchMock.mock.calls.length === 1);
      const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
      expect(url).toBe('https://esn.example/indicateurs');
      expect(init.credentials).toBe('omit');
      expect(JSON.parse(String(init.body))).toMatchObject({ daysActive: 1, days: [{ day: '2026-11-27' }] });
      await until(async () => (await pendingIndicatorsItem.getValue()).length === 0);
    } finally {
      fetchSpy.mockRestore();
    }
  });
});
