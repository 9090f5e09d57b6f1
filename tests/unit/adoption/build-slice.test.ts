import { describe, expect, it } from 'vitest';
import { buildAdoptionSlice } from '@/utils/adoption/build-slice';
import { EMPTY_WHATS_NEW } from '@/utils/adoption/storage';
import { EMPTY_CONFIG } from '@/utils/config/effective';

const links = {
  help: 'https://esn.example/aide',
  hotlineUrl: 'http://intranet.example/hotline',
  hotlinePhone: '+33 1 23 45 67 89',
  charterUrl: 'https://esn.example/charte',
  charterVersion: '2026-09',
};

describe('the adoption slice', () => {
  it('publishes the charter with its acknowledgement, and only links that may open', () => {
    const slice = buildAdoptionSlice({ ...EMPTY_CONFIG, links }, null, EMPTY_WHATS_NEW, '1.0.0');
    expect(slice.charter).toEqual({ url: 'https://esn.example/charte', version: '2026-09', acknowledged: false });
    expect(slice.help).toEqual({ help: 'https://esn.example/aide', hotlinePhone: '+33 1 23 45 67 89' });
    expect(slice.onboarding).toEqual({ enabled: true });
    const accepted = buildAdoptionSlice(
      { ...EMPTY_CONFIG, links },
      { version: '2026-09', day: '2026-11-27' },
      EMPTY_WHATS_NEW,
      '1.0.0',
    );
    expect(accepted.charter?.acknowledged).toBe(true);
  });

  it('asks for no charter when the onboarding feature is off', () => {
    const off = { ...EMPTY_CONFIG, links, features: { ...EMPTY_CONFIG.features, onboarding: false } };
    const slice = buildAdoptionSlice(off, null, EMPTY_WHATS_NEW, '1.0.0');
    expect(slice.charter).toBeNull();
    expect(slice.onboarding).toEqual({ enabled: false });
  });
});
