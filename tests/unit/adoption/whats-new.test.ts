import { describe, expect, it } from 'vitest';
import { EMPTY_WHATS_NEW } from '@/utils/adoption/storage';
import { dismissFeature, newlyEnabled, nextWhatsNew } from '@/utils/adoption/whats-new';
import { DEFAULT_FEATURES } from '@/utils/config/effective';

describe("what's new", () => {
  it('notes the flags that turned on; before any configuration the defaults are what the user knew', () => {
    expect(newlyEnabled(null, DEFAULT_FEATURES)).toEqual([]);
    expect(newlyEnabled(null, { ...DEFAULT_FEATURES, notifications: true })).toEqual(['notifications']);
    expect(newlyEnabled({ ...DEFAULT_FEATURES, news: false }, DEFAULT_FEATURES)).toEqual(['news']);
    expect(newlyEnabled(DEFAULT_FEATURES, { ...DEFAULT_FEATURES, news: false })).toEqual([]);
  });

  it('shows a note once: dismissed, it never comes back even if the flag goes off and on again', () => {
    const on = { ...DEFAULT_FEATURES, indicators: true };
    let state = nextWhatsNew(EMPTY_WHATS_NEW, on);
    expect(state.pending).toEqual(['indicators']);
    state = nextWhatsNew(state, on);
    expect(state.pending).toEqual(['indicators']);
    state = dismissFeature(state, 'indicators');
    expect(state.pending).toEqual([]);
    state = nextWhatsNew(nextWhatsNew(state, DEFAULT_FEATURES), on);
    expect(state.pending).toEqual([]);
    expect(state.dismissed).toEqual(['indicators']);
  });

  it('drops a pending note when its feature is turned off again', () => {
    const on = { ...DEFAULT_FEATURES, notifications: true };
    const state = nextWhatsNew(nextWhatsNew(EMPTY_WHATS_NEW, on), DEFAULT_FEATURES);
    expect(state.pending).toEqual([]);
    expect(state.knownFeatures).toEqual(DEFAULT_FEATURES);
  });
});
