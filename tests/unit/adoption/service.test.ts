import { describe, expect, it } from 'vitest';
import { createAdoptionService } from '@/utils/adoption/service';
import type { AdoptionSlice } from '@/utils/adoption/slice';
import { charterAcknowledgementItem } from '@/utils/adoption/storage';
import { type EffectiveConfig, EMPTY_CONFIG } from '@/utils/config/effective';

const WELCOME = 'chrome-extension://id/welcome.html';

/** A service of its own per test (its queue lives in it), on the test's configuration. */
function setup(config: EffectiveConfig = EMPTY_CONFIG) {
  const out = { slices: [] as AdoptionSlice[], tabs: [] as string[] };
  let current = config;
  const service = createAdoptionService({
    config: async () => current,
    version: '2.0.0',
    publish: async (slice) => {
      out.slices.push(slice);
    },
    openTab: async (url) => {
      out.tabs.push(url);
    },
    welcomeUrl: WELCOME,
    today: () => '2026-11-30',
  });
  return { service, out, setConfig: (next: EffectiveConfig) => (current = next) };
}

describe('adoption service', () => {
  it('opens the first-run page IT chose, once per installation, and nothing on update', async () => {
    const { service, out } = setup({ ...EMPTY_CONFIG, onboarding: { url: 'https://esn.example/bienvenue' } });
    await service.onInstalled('update');
    await service.onInstalled('install');
    await service.onInstalled('install');
    expect(out.tabs).toEqual(['https://esn.example/bienvenue']);
    await service.openWelcome();
    expect(out.tabs.at(-1)).toBe(WELCOME);
  });

  it('keeps the charter version accepted, on the day it was', async () => {
    const { service } = setup();
    await service.acknowledgeCharter('3');
    expect(await charterAcknowledgementItem.getValue()).toEqual({ version: '3', day: '2026-11-30' });
  });

  it("publishes a feature's what's-new note when it turns on, until it is dismissed", async () => {
    const { service, out, setConfig } = setup();
    await service.followFeatures();
    setConfig({ ...EMPTY_CONFIG, features: { ...EMPTY_CONFIG.features, notifications: true } });
    // Two quick changes: one after the other, no note lost.
    await Promise.all([service.followFeatures(), service.followFeatures()]);
    expect(out.slices.at(-1)).toMatchObject({ whatsNew: ['notifications'], version: '2.0.0' });
    await service.dismissWhatsNew('notifications');
    expect(out.slices.at(-1)?.whatsNew).toEqual([]);
  });
});
