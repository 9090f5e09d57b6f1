import { describe, expect, it } from 'vitest';
import { isCharterAcknowledged } from '@/utils/adoption/charter';
import { onboardingTargetFor, onInstalledTarget } from '@/utils/adoption/onboarding';
import { browserKindOf, pinAdvice } from '@/utils/adoption/pin';
import { EMPTY_CONFIG } from '@/utils/config/effective';

describe('onboarding decisions', () => {
  it('opens the welcome page on a first install only', () => {
    expect(onInstalledTarget('install', EMPTY_CONFIG)).toEqual({ kind: 'welcome' });
    expect(onInstalledTarget('update', EMPTY_CONFIG)).toEqual({ kind: 'none' });
    expect(onInstalledTarget('browser_update', EMPTY_CONFIG)).toEqual({ kind: 'none' });
  });

  it('lets IT suppress the page, by the feature flag or the onboarding setting', () => {
    expect(onboardingTargetFor({ ...EMPTY_CONFIG, features: { ...EMPTY_CONFIG.features, onboarding: false } })).toEqual(
      {
        kind: 'none',
      },
    );
    expect(onboardingTargetFor({ ...EMPTY_CONFIG, onboarding: { disabled: true } })).toEqual({ kind: 'none' });
  });

  it("sends the page to IT's own address when the URL policy allows it", () => {
    expect(onboardingTargetFor({ ...EMPTY_CONFIG, onboarding: { url: 'https://intranet.example/bienvenue' } })).toEqual(
      { kind: 'url', url: 'https://intranet.example/bienvenue' },
    );
    expect(onboardingTargetFor({ ...EMPTY_CONFIG, onboarding: { url: 'http://intranet.example/' } })).toEqual({
      kind: 'welcome',
    });
    expect(
      onboardingTargetFor({
        ...EMPTY_CONFIG,
        onboarding: { url: 'http://intranet.example/' },
        allowedInsecureOrigins: ['http://intranet.example'],
      }),
    ).toEqual({ kind: 'url', url: 'http://intranet.example/' });
  });

  it('asks for the charter again when its version changes', () => {
    expect(isCharterAcknowledged('2026-09', null)).toBe(false);
    expect(isCharterAcknowledged('2026-09', { version: '2026-09', day: '2026-11-27' })).toBe(true);
    expect(isCharterAcknowledged('2027-01', { version: '2026-09', day: '2026-11-27' })).toBe(false);
    expect(isCharterAcknowledged(undefined, { version: '', day: '2026-11-27' })).toBe(true);
  });

  it('tells which pinning applies in each browser', () => {
    const edgeAgent = 'Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 Chrome/130.0 Safari/537.36 Edg/130.0';
    expect(browserKindOf('firefox', 'Mozilla/5.0 Firefox/140.0')).toBe('firefox');
    expect(browserKindOf('chrome', edgeAgent)).toBe('edge');
    expect(browserKindOf('chrome', 'Mozilla/5.0 Chrome/130.0 Safari/537.36')).toBe('chrome');
    expect(pinAdvice('firefox', false)).toBe('firefoxManual');
    expect(pinAdvice('chrome', undefined)).toBe('chromePolicyOrManual');
    expect(pinAdvice('edge', false)).toBe('edgePolicyOrManual');
    expect(pinAdvice('firefox', true)).toBe('pinned');
  });
});
