import { defineHealedItem } from '../storage-health/healed-item';
import { healWith } from '../storage-health/salvage';
import { type EffectiveConfig, EMPTY_CONFIG } from './effective';
import { effectiveConfigSchema } from './effective-schema';

/** The last good effective configuration: what every capability reads, kept across restarts. */
export const effectiveConfigItem = defineHealedItem<EffectiveConfig>('local:effectiveConfig', {
  fallback: EMPTY_CONFIG,
  version: 1,
  heal: healWith(effectiveConfigSchema, EMPTY_CONFIG),
  // Read by every capability, ~10 times at each background start.
  rememberChecked: true,
});
