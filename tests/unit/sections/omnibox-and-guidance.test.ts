// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { EMPTY_CONFIG } from '@/utils/config/effective';
import { catalogTranslator } from '@/utils/i18n/translator';
import { parseGuidanceQuery, redirectDelaySeconds } from '@/utils/sections/guidance';
import { feedbackUrl } from '@/utils/sections/no-results';
import { sectionIdOfOmniboxInput, suggestSections } from '@/utils/sections/omnibox';
import { buildSectionsIndex } from '@/utils/sections/search-index';
import en from '../../../public/_locales/en/messages.json';
import { generateSections } from './fixtures/generate-sections';

describe('omnibox suggestions', () => {
  const entries = generateSections(100);
  const loaded = { builtAt: 1, entries: new Map(entries.map((e) => [e.id, e])), index: buildSectionsIndex(entries) };
  const options = {
    language: 'en' as const,
    t: catalogTranslator(en),
    limit: 3,
    describe: (label: string, detail: string | undefined) => `${label} | ${detail ?? ''}`,
  };

  it('suggests sections with their new place, and reads an entered suggestion back', () => {
    const [first] = suggestSections(loaded, 'cantine', options);
    expect(first).toEqual({
      content: 'section:canteen-menus',
      description: 'Canteen menus | Services › Catering · moved on Sep 15, 2026',
    });
    expect(sectionIdOfOmniboxInput(first?.content ?? '')).toBe('canteen-menus');
    expect(sectionIdOfOmniboxInput('cantine')).toBeNull();
    expect(suggestSections(null, 'cantine', options)).toEqual([]);
    expect(suggestSections(loaded, '  ', options)).toEqual([]);
  });
});

describe('guidance page inputs', () => {
  it('reads the rule query, the delay (default 5, 0 = at once, capped at 60) and fills the feedback link', () => {
    expect(parseGuidanceQuery('?id=canteen-menus&from=https%3A%2F%2Fold.example%2Fa%3Fb%3D1')).toEqual({
      id: 'canteen-menus',
      from: 'https://old.example/a?b=1',
    });
    expect(parseGuidanceQuery('?from=x')).toBeNull();
    // A prefix rule inserts the address as opened, with its own "?" and "&".
    expect(parseGuidanceQuery('?id=document-archive&from=https://old.example/documents/a.pdf?v=1&w=2')).toEqual({
      id: 'document-archive',
      from: 'https://old.example/documents/a.pdf?v=1&w=2',
    });
    expect(parseGuidanceQuery('?id=a')).toEqual({ id: 'a', from: '' });
    expect(redirectDelaySeconds(EMPTY_CONFIG)).toBe(5);
    expect(redirectDelaySeconds({ ...EMPTY_CONFIG, relocation: { redirectDelaySeconds: 0 } })).toBe(0);
    expect(redirectDelaySeconds({ ...EMPTY_CONFIG, relocation: { redirectDelaySeconds: 600 } })).toBe(60);
    expect(feedbackUrl('https://esn.example/f?q={query}&c={context}', 'menu & co')).toBe(
      'https://esn.example/f?q=menu%20%26%20co&c=sections-search',
    );
  });
});
