import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildAdoptionSlice } from '@/utils/adoption/build-slice';
import { createAdoptionService } from '@/utils/adoption/service';
import { EMPTY_WHATS_NEW } from '@/utils/adoption/storage';
import { type EffectiveConfig, EMPTY_CONFIG } from '@/utils/config/effective';
import { effectiveConfigItem } from '@/utils/config/storage';
import { addEvent } from '@/utils/indicators/aggregate';
import { clearIndicators } from '@/utils/indicators/send';
import { pendingIndicatorsItem } from '@/utils/indicators/storage';
import { publishSlice } from '@/utils/snapshot/publish';
import { answerKeysSorted, writtenKeys } from './keys-sorted';

/**
 * What the background writes at every start (it starts at every tab update) is written only when it changed, also
 * when storage answers the stored value with its keys in another order than they were written (Chromium).
 */
const config: EffectiveConfig = {
  ...EMPTY_CONFIG,
  configUrl: 'https://esn.example/passerelle/config.json',
  features: { ...EMPTY_CONFIG.features, news: true, indicators: false },
  links: { help: 'https://esn.example/aide', feedback: 'https://esn.example/retours' },
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a value written again as it is stored, read back with its keys sorted', () => {
  it('is not written again by a storage item update; a real change is', async () => {
    await effectiveConfigItem.setValue(config);
    const set = answerKeysSorted();
    expect(await effectiveConfigItem.update(() => structuredClone(config))).toBe(false);
    expect(set).not.toHaveBeenCalled();
    expect(await effectiveConfigItem.update((stored) => ({ ...stored, pollingIntervalMinutes: 30 }))).toBe(true);
    expect(writtenKeys(set)).toContain('effectiveConfig');
  });

  it('is not written again when a slice is published as it is', async () => {
    const adoption = buildAdoptionSlice(config, null, EMPTY_WHATS_NEW, '1.0.0');
    await publishSlice('adoption', adoption);
    const set = answerKeysSorted();
    await publishSlice('adoption', structuredClone(adoption));
    expect(set).not.toHaveBeenCalled();
  });

  it("is not written again when the features are followed as they were (what's new)", async () => {
    const service = createAdoptionService({
      config: async () => config,
      version: '1.0.0',
      publish: async () => undefined,
      openTab: async () => undefined,
      welcomeUrl: 'chrome-extension://id/welcome.html',
      today: () => '2026-12-01',
    });
    await service.followFeatures();
    const set = answerKeysSorted();
    await service.followFeatures();
    expect(writtenKeys(set)).not.toContain('adoptionWhatsNew');
  });

  it('is not written again when indicators that are off are cleared again', async () => {
    await pendingIndicatorsItem.setValue(addEvent([], { kind: 'active' }, '2026-11-30'));
    await clearIndicators();
    const set = answerKeysSorted();
    await clearIndicators();
    expect(set).not.toHaveBeenCalled();
  });
});
