// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { computeEffective } from '@/utils/config/compute';
import type { EffectiveConfig } from '@/utils/config/effective';
import { minimumGroupSizeOf } from '@/utils/indicators/enabled';
import { personalLinksPolicy } from '@/utils/launcher/personal-links';
import { redirectDelaySeconds } from '@/utils/sections/guidance';
import { keyReferenceMarkdown } from '../../../tools/config-artifacts/key-reference';

/** The configuration a policy gives when it sets one value at `path`. */
function effectiveWith(path: string, value: number): EffectiveConfig {
  const [group, key] = path.split('.') as [string, string];
  const sources = { policy: { present: true, values: { [group]: { [key]: value } } }, user: {}, document: null };
  return computeEffective(sources).effective;
}

/** What the code does with each integer key's value: the value it really uses. */
const APPLIED: Record<string, (value: number) => number> = {
  'polling.intervalMinutes': (value) => effectiveWith('polling.intervalMinutes', value).pollingIntervalMinutes,
  'relocation.redirectDelaySeconds': (value) =>
    redirectDelaySeconds(effectiveWith('relocation.redirectDelaySeconds', value)),
  'launcher.maxPersonalLinks': (value) => personalLinksPolicy(effectiveWith('launcher.maxPersonalLinks', value)).max,
  'indicators.minimumGroupSize': (value) => minimumGroupSizeOf(effectiveWith('indicators.minimumGroupSize', value)),
};

function integerRows(): { key: string; min: number; max: number }[] {
  return keyReferenceMarkdown()
    .split('\n')
    .map((line) => line.match(/^\| `([^`]+)` \| integer (\d+)–(\d+) \|/))
    .filter((match) => match !== null)
    .map((match) => ({ key: match[1] ?? '', min: Number(match[2]), max: Number(match[3]) }));
}

describe('the key reference states the bounds the code enforces', () => {
  it('lists every integer key this test checks, and no other', () => {
    expect(
      integerRows()
        .map((row) => row.key)
        .sort(),
    ).toEqual(Object.keys(APPLIED).sort());
  });

  it.each(integerRows())('$key: $min–$max', ({ key, min, max }) => {
    const applied = APPLIED[key] as (value: number) => number;
    expect(applied(min)).toBe(min);
    expect(applied(max)).toBe(max);
    // One step outside: the code does not use that value (it raises it, caps it or falls back to the default).
    expect(applied(min - 1)).not.toBe(min - 1);
    expect(applied(max + 1)).not.toBe(max + 1);
  });

  it('says the polling floor in words', () => {
    expect(keyReferenceMarkdown()).toMatch(
      /`polling.intervalMinutes` \| integer 5–1440 \| .*Smaller values are raised to 5\./,
    );
  });

  it('marks secret keys', () => {
    expect(keyReferenceMarkdown()).toMatch(/`indicators.endpoint` \| URL \| .*Secret: redacted in support bundles\./);
  });
});
