// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { best, entriesMatchingAll, entriesMatchingAny, type LookUp } from '@/utils/sections/candidates';

/** A lookup over a fixed table: term → [entry, found term, in the title?]. */
function lookUpOver(table: Record<string, [number, string, boolean][]>): LookUp {
  return (term, note) => {
    for (const [entry, found, inTitle] of table[term] ?? []) note(entry, found, inTitle);
  };
}

describe('entries a query ranks', () => {
  const lookUp = lookUpOver({
    menu: [
      [0, 'menu', true],
      [1, 'menu', false],
      [2, 'menuiserie', true],
      [3, 'menu', true],
      [3, 'menu', false],
    ],
    cantine: [
      [0, 'cantine', true],
      [1, 'cantine', true],
      [2, 'cantine', false],
      [4, 'cantine', true],
    ],
  });

  it('keeps the entries that match every term, closest first: in the title, as typed', () => {
    const found = entriesMatchingAll(['menu', 'cantine'], lookUp, 5);
    expect(found.entries.sort()).toEqual([0, 1, 2]);
    // 1 + 0 (both as typed, in the title); 1 + 1 (completed) + 2 (outside the title); 1 + 2 (outside the title).
    expect([...found.rank]).toEqual([1, 3, 4, 0, 0]);
    expect(entriesMatchingAll(['menu', 'parking'], lookUp, 5).entries).toEqual([]);
  });

  it('ranks at most the given number, the closest first, ties in index order', () => {
    const found = entriesMatchingAll(['menu'], lookUp, 5);
    // 0 and 3 are as typed in the title; 1 outside it; 2 completed.
    expect([...best(found, 2)]).toEqual([1, 0, 0, 1, 0]);
    expect([...best(found, 3)]).toEqual([1, 0, 1, 1, 0]);
    expect([...best(found, 10)]).toEqual([1, 1, 1, 1, 0]);
  });

  it('when any term may match, keeps every entry matching one, those matching more terms closer', () => {
    const found = entriesMatchingAny(['menu', 'cantine'], lookUp, 5);
    expect(found.entries.sort()).toEqual([0, 1, 2, 3, 4]);
    // 0: both as typed in the title; 3: "menu" only (the other missing: 4); 4: "cantine" only.
    expect([...found.rank]).toEqual([1, 3, 4, 5, 5]);
  });
});
