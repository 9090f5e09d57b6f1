// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { computeEffective } from '@/utils/config/compute';
import { DEFAULT_FEATURES } from '@/utils/config/effective';
import { resolveFeatures } from '@/utils/rollout/resolve';
import { BUCKETS, UNDRAWN } from '@/utils/rollout/ring';

const device = (bucket: number) => ({ bucket });
const allBuckets = Array.from({ length: BUCKETS }, (_, bucket) => device(bucket));

describe('resolveFeatures', () => {
  it('keeps booleans and defaults as they are', () => {
    const { features, decisions } = resolveFeatures({ news: false }, device(0), false);
    expect(features).toEqual({ ...DEFAULT_FEATURES, news: false });
    expect(decisions.find((d) => d.name === 'news')?.reason).toEqual({ kind: 'set' });
    expect(decisions.find((d) => d.name === 'launcher')?.reason).toEqual({ kind: 'default' });
  });

  it('turns a feature at 0% off and at 100% on for every bucket', () => {
    for (const ring of allBuckets) {
      expect(resolveFeatures({ news: { percent: 0 } }, ring, true).features.news).toBe(false);
      expect(resolveFeatures({ notifications: { percent: 100 } }, ring, false).features.notifications).toBe(true);
    }
    expect(resolveFeatures({ notifications: { percent: 100 } }, UNDRAWN, false).features.notifications).toBe(true);
    expect(resolveFeatures({ notifications: { percent: 99 } }, UNDRAWN, false).features.notifications).toBe(false);
  });

  it('turns a feature on for exactly N of the 100 buckets, and raising N keeps them on', () => {
    for (const percent of [1, 10, 37, 50, 99]) {
      const on = allBuckets.filter((ring) => resolveFeatures({ omnibox: { percent } }, ring, false).features.omnibox);
      expect(on).toHaveLength(percent);
      for (const ring of on)
        expect(resolveFeatures({ omnibox: { percent: percent + 1 } }, ring, false).features.omnibox).toBe(true);
    }
  });

  it('turns a pilot feature on in the pilot ring only', () => {
    const setting = { sidePanel: { ring: 'pilot' as const } };
    expect(resolveFeatures(setting, device(5), true).features.sidePanel).toBe(true);
    expect(resolveFeatures(setting, device(5), false).features.sidePanel).toBe(false);
    expect(resolveFeatures(setting, device(5), false).decisions.find((d) => d.name === 'sidePanel')?.reason).toEqual({
      kind: 'pilot',
      inPilot: false,
    });
  });
});

describe('rings in the merged configuration', () => {
  const document = (body: unknown) => ({ url: 'https://esn.example/passerelle.json', body, fetchedAt: 1 });
  const policy = (values: Record<string, unknown>) => ({ present: true, values });
  const base = { configUrl: 'https://esn.example/passerelle.json' };

  it('puts a device in the pilot ring by policy, and says why in the decisions', () => {
    const sources = {
      policy: policy({ ...base, rollout: { pilot: true } }),
      user: {},
      document: document({ features: { sidePanel: { ring: 'pilot' }, news: { percent: 10 } } }),
      device: device(50),
    };
    const { effective, decisions } = computeEffective(sources);
    expect(effective.features.sidePanel).toBe(true);
    expect(effective.features.news).toBe(false);
    expect(decisions.find((d) => d.name === 'news')).toEqual({
      name: 'news',
      on: false,
      reason: { kind: 'percent', percent: 10, bucket: 50 },
    });
    const outside = computeEffective({ ...sources, policy: policy(base) });
    expect(outside.effective.features.sidePanel).toBe(false);
  });

  it('refuses a malformed rollout with its path and keeps the rest', () => {
    const { effective } = computeEffective({
      policy: policy(base),
      user: {},
      document: document({ features: { news: { percent: 250 }, omnibox: { ring: 'beta' }, launcher: false } }),
      device: device(0),
    });
    expect(effective.features.launcher).toBe(false);
    expect(effective.features.news).toBe(DEFAULT_FEATURES.news);
    expect(effective.features.omnibox).toBe(DEFAULT_FEATURES.omnibox);
    expect(effective.issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^features\.news/), expect.stringMatching(/^features\.omnibox/)]),
    );
  });
});
