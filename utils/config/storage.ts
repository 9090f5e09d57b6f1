import { storage } from 'wxt/utils/storage';
import { type EffectiveConfig, EMPTY_CONFIG } from './effective';

/** The last good effective configuration: what every capability reads, kept across restarts. */
export const effectiveConfigItem = storage.defineItem<EffectiveConfig>('local:effectiveConfig', {
  fallback: EMPTY_CONFIG,
  version: 1,
});
