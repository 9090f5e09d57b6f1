/**
 * The coarse ring label the indicators carry so that the team can compare the pilot group with everyone else:
 * "pilot" or "general", the same for every device of a ring. The rollout bucket itself never leaves the device.
 */
import type { EffectiveConfig } from '../config/effective';

export const RING_LABELS = ['pilot', 'general'] as const;
export type RingLabel = (typeof RING_LABELS)[number];

export function ringLabel(config: Pick<EffectiveConfig, 'rollout'>): RingLabel {
  return config.rollout?.pilot === true ? 'pilot' : 'general';
}
