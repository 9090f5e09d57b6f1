import type { FeatureName } from '../config/effective';
import { DEFAULT_FEATURES, type ResolvedFeatures } from '../config/effective';
import type { WhatsNewState } from './storage';

/** Flags that are on now and were off before. Before any configuration, the defaults are what the user knew. */
export function newlyEnabled(previous: ResolvedFeatures | null, current: ResolvedFeatures): FeatureName[] {
  const before = previous ?? DEFAULT_FEATURES;
  return (Object.keys(current) as FeatureName[]).filter((name) => current[name] && !before[name]);
}

/**
 * The next what's-new state for a new set of flags: a feature that turned on gets a note unless its note was
 * dismissed once; a feature turned off again loses its pending note.
 */
export function nextWhatsNew(state: WhatsNewState, current: ResolvedFeatures): WhatsNewState {
  const added = newlyEnabled(state.knownFeatures, current).filter(
    (name) => !state.dismissed.includes(name) && !state.pending.includes(name),
  );
  const pending = [...state.pending, ...added].filter((name) => current[name]);
  return { knownFeatures: { ...current }, pending, dismissed: state.dismissed };
}

export function dismissFeature(state: WhatsNewState, feature: FeatureName): WhatsNewState {
  return {
    ...state,
    pending: state.pending.filter((name) => name !== feature),
    dismissed: state.dismissed.includes(feature) ? state.dismissed : [...state.dismissed, feature],
  };
}
