// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { firstOptions, type OptionGroup } from '@/components/launcher/launcher-view';

const group = (key: string, count: number): OptionGroup => ({
  key,
  label: key,
  results: Array.from({ length: count }, (_, index) => ({
    kind: 'tool' as const,
    id: `${key}${index}`,
    title: `${key}${index}`,
    score: 0,
    matchedTerms: [],
  })),
});

describe('firstOptions', () => {
  it('keeps the first options across groups, cutting the last one kept', () => {
    const cut = firstOptions([group('a', 2), group('b', 3), group('c', 4)], 4);
    expect(cut.map((kept) => [kept.key, kept.results.length])).toEqual([
      ['a', 2],
      ['b', 2],
    ]);
  });

  it('keeps everything under the limit', () => {
    const groups = [group('a', 2)];
    expect(firstOptions(groups, 40)).toEqual(groups);
  });
});
