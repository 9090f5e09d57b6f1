/** Which features are on for this device, and why: pure, so the options page and the tests can explain it. */
import { DEFAULT_FEATURES, type FeatureName, type ResolvedFeatures } from '../config/effective';
import { FEATURE_NAMES, type FeatureSetting, type Features } from '../config/features-schema';
import type { DeviceRing } from './ring';

type FeatureReason =
  | { kind: 'default' }
  | { kind: 'set' }
  | { kind: 'pilot'; inPilot: boolean }
  | { kind: 'percent'; percent: number; bucket: number | null };

export interface FeatureDecision {
  name: FeatureName;
  on: boolean;
  reason: FeatureReason;
}

interface Rollout {
  features: ResolvedFeatures;
  decisions: FeatureDecision[];
}

function decide(setting: FeatureSetting | undefined, fallback: boolean, device: DeviceRing, pilot: boolean) {
  if (setting === undefined) return { on: fallback, reason: { kind: 'default' } as const };
  if (typeof setting === 'boolean') return { on: setting, reason: { kind: 'set' } as const };
  if ('ring' in setting) return { on: pilot, reason: { kind: 'pilot', inPilot: pilot } as const };
  // Bucket b is on when b < percent: 0 → no device, 100 → every device, and raising the percent keeps those on.
  const on = setting.percent >= 100 || (device.bucket !== null && device.bucket < setting.percent);
  return { on, reason: { kind: 'percent', percent: setting.percent, bucket: device.bucket } as const };
}

export function resolveFeatures(settings: Features | undefined, device: DeviceRing, pilot: boolean): Rollout {
  const decisions = FEATURE_NAMES.map((name) => ({
    name,
    ...decide(settings?.[name], DEFAULT_FEATURES[name], device, pilot),
  }));
  const features = Object.fromEntries(decisions.map(({ name, on }) => [name, on])) as ResolvedFeatures;
  return { features, decisions };
}
