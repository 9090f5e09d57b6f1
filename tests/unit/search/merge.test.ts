// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { searchAll } from '@/utils/search/merge';
import type { SearchResult, SearchResultKind, SearchSource } from '@/utils/search/source';

function source(kind: SearchResultKind, results: Omit<SearchResult, 'kind'>[]): SearchSource {
  return { kind, search: (_query, limit) => results.slice(0, limit).map((result) => ({ ...result, kind })) };
}

describe('searchAll', () => {
  const tools = source('tool', [
    { id: 'b', title: 'B', score: 2, matchedTerms: [] },
    { id: 'a', title: 'A', score: 8, matchedTerms: ['a'] },
  ]);
  const news = source('news', [{ id: 'n', title: 'N', score: 100, matchedTerms: ['n'] }]);
  const sections = source('section', [{ id: 's', title: 'S', score: 3, matchedTerms: [] }]);

  it('groups by source, ranks within a group and normalises the scores', () => {
    const groups = searchAll([tools, sections, news], 'q', 10);
    expect(groups.map((group) => group.kind)).toEqual(['tool', 'news', 'section']);
    expect(groups[0]?.results.map((result) => [result.id, result.score])).toEqual([
      ['a', 1],
      ['b', 0.25],
    ]);
  });

  it('counts a match on the name in another language as a name match (ranked with the title matches)', () => {
    const frenchName = source('section', [
      { id: 's', title: 'Canteen menus', score: 3, matchedTerms: [], nameMatch: true },
    ]);
    const groups = searchAll([frenchName, news], 'cantine', 10);
    expect(groups.map((group) => group.kind)).toEqual(['section', 'news']);
  });

  it('returns nothing for a blank query and leaves empty sources out', () => {
    expect(searchAll([tools], '  ', 10)).toEqual([]);
    expect(searchAll([tools, source('news', [])], 'q', 10).map((group) => group.kind)).toEqual(['tool']);
  });
});
