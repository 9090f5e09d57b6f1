// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { createRemoteSectionsSource, matchesFor, type SectionsAnswer } from '@/utils/sections/remote-source';
import type { SectionMatch } from '@/utils/sections/section-result';
import en from '../../../public/_locales/en/messages.json';
import { catalogTranslator } from '../i18n/catalog-translator';

const match = (id: string): SectionMatch => ({
  display: { id, title: { fr: `Titre ${id}`, en: `Title ${id}` }, breadcrumb: 'Services', movedOn: '2026-09-15' },
  score: 1,
  terms: ['title'],
});
const answer = (query: string, ids: string[], limit = 20): SectionsAnswer => ({
  query,
  limit,
  matches: ids.map(match),
});

describe('the sections answered by the background', () => {
  it('shows the answer to the query, or while it is on its way the answer to the query it extends or shortens', () => {
    expect(matchesFor(null, 'cantine', 20)).toEqual([]);
    expect(matchesFor(answer('cantine', ['a', 'b']), 'cantine', 1).map((m) => m.display.id)).toEqual(['a']);
    expect(matchesFor(answer('cantin', ['a']), 'cantine', 20)).toHaveLength(1);
    expect(matchesFor(answer('cantine', ['a']), 'cant', 20)).toHaveLength(1);
    expect(matchesFor(answer('cantine', ['a']), 'parking', 20)).toEqual([]);
  });

  it('asks only for the queries it has no answer to, and shows results in the user language', () => {
    const ask = vi.fn();
    const t = catalogTranslator(en);
    const source = createRemoteSectionsSource({ answer: answer('title', ['a']), ask, language: 'en', t });
    expect(source.search('title ', 20)).toEqual([
      {
        kind: 'section',
        id: 'a',
        title: 'Title a',
        detail: 'Services · moved on Sep 15, 2026',
        score: 1,
        matchedTerms: ['Title'],
        nameMatch: true,
      },
    ]);
    expect(ask).not.toHaveBeenCalled();
    source.search('titles', 20);
    expect(ask).toHaveBeenCalledWith('titles', 20);
    source.search('title', 50);
    expect(ask).toHaveBeenLastCalledWith('title', 50);
  });
});
