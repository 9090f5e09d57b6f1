import type { EffectiveConfig } from '../config/effective';
import { isAllowedUrl } from '../config/url-policy';

export type OnboardingTarget = { kind: 'none' } | { kind: 'welcome' } | { kind: 'url'; url: string };

type OnboardingConfig = Pick<EffectiveConfig, 'features' | 'onboarding' | 'allowedInsecureOrigins'>;

/** Whether the first-run page is wanted at all, and where IT wants it. */
export function onboardingTargetFor(config: OnboardingConfig): OnboardingTarget {
  if (!config.features.onboarding || config.onboarding.disabled) return { kind: 'none' };
  const { url } = config.onboarding;
  if (url && isAllowedUrl(url, config.allowedInsecureOrigins)) return { kind: 'url', url };
  return { kind: 'welcome' };
}

/** What to open when the browser reports an install or an update: only a first install opens anything. */
export function onInstalledTarget(reason: string, config: OnboardingConfig): OnboardingTarget {
  return reason === 'install' ? onboardingTargetFor(config) : { kind: 'none' };
}
