import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startAdoption as startAdoptionBackground } from '@/utils/adoption/background';
import { welcomeShownItem, whatsNewItem } from '@/utils/adoption/storage';
import { EMPTY_CONFIG } from '@/utils/config/effective';
import { effectiveConfigItem } from '@/utils/config/storage';
import { popupSnapshotItem } from '@/utils/snapshot/storage';
import { recordingHandlers } from '../message-handlers';

/** Its handlers go to a registrar of the test's own, so the capability starts afresh in every test. */
async function startAdoption(): Promise<void> {
  startAdoptionBackground(recordingHandlers().handleMessage);
}

describe('adoption in the background', () => {
  beforeEach(() => {
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'P', version: '1.0.0' });
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('opens the welcome page on install, and nothing on update', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await startAdoption();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.9.0' });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    expect(create.mock.calls[0]?.[0].url).toMatch(/\/welcome\.html\?install=1$/);
    // A reinstall that kept the storage does not show it again.
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(async () => expect(await welcomeShownItem.getValue()).toBe(true));
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('opens nothing when IT turned onboarding off', async () => {
    await effectiveConfigItem.setValue({ ...EMPTY_CONFIG, onboarding: { disabled: true } });
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await startAdoption();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(async () => expect((await popupSnapshotItem.getValue()).adoption.onboarding.enabled).toBe(false));
    expect(create).not.toHaveBeenCalled();
  });

  it("publishes a what's-new note when the configuration turns a feature on", async () => {
    await startAdoption();
    await effectiveConfigItem.setValue({
      ...EMPTY_CONFIG,
      features: { ...EMPTY_CONFIG.features, notifications: true },
      links: { charterUrl: 'https://esn.example/charte', charterVersion: '2' },
    });
    await vi.waitFor(async () => {
      const { adoption } = await popupSnapshotItem.getValue();
      expect(adoption.whatsNew).toEqual(['notifications']);
      expect(adoption.charter).toEqual({ url: 'https://esn.example/charte', version: '2', acknowledged: false });
      expect(adoption.version).toBe('1.0.0');
    });
    expect((await whatsNewItem.getValue()).knownFeatures?.notifications).toBe(true);
  });
});
