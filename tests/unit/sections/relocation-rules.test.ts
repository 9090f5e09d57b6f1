// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { SectionEntry } from '@/utils/config/schema';
import { guidancePath, isGuidanceRule, planRelocationRules } from '@/utils/sections/relocation-rules';

const canteen: SectionEntry = {
  id: 'canteen-menus',
  title: 'Menus',
  oldUrls: ['http://127.0.0.1:4000/rh/cantine/menus.aspx'],
  oldUrlPrefixes: ['https://INTRANET-ancien.aubepine.invalid/documents/'],
  newUrl: 'http://127.0.0.1:4000/services/restauration/menus',
};

describe('planRelocationRules', () => {
  it('makes one main-frame redirect per exact address and prefix, exact first and longer prefixes first', () => {
    const { rules, uncovered } = planRelocationRules([canteen], 100);
    expect(uncovered).toEqual([]);
    expect(rules).toEqual([
      {
        id: 1,
        priority: 100_000,
        action: {
          type: 'redirect',
          redirect: { extensionPath: guidancePath('canteen-menus', 'http://127.0.0.1:4000/rh/cantine/menus.aspx') },
        },
        condition: { urlFilter: '|http://127.0.0.1:4000/rh/cantine/menus.aspx|', resourceTypes: ['main_frame'] },
      },
      {
        id: 2,
        priority: 'https://intranet-ancien.aubepine.invalid/documents/'.length,
        action: {
          type: 'redirect',
          redirect: {
            extensionPath: guidancePath('canteen-menus', 'https://intranet-ancien.aubepine.invalid/documents/'),
          },
        },
        condition: { urlFilter: '|https://intranet-ancien.aubepine.invalid/documents/', resourceTypes: ['main_frame'] },
      },
    ]);
    expect(rules.every(isGuidanceRule)).toBe(true);
    expect(guidancePath('a&b', 'https://x/?q=1&r=2')).toBe(
      '/moved.html?id=a%26b&from=https%3A%2F%2Fx%2F%3Fq%3D1%26r%3D2',
    );
  });

  it('passes the exact address to the guidance page for prefixes, up to the cap on regular expression rules', () => {
    const guidanceUrl = 'chrome-extension://abc/moved.html';
    const twoPrefixes: SectionEntry = {
      ...canteen,
      oldUrls: [],
      oldUrlPrefixes: ['https://old.example/a+b (1)/', 'https://old.example/c/'],
    };
    const { rules } = planRelocationRules([twoPrefixes], 100, { regexLimit: 1, guidanceUrl });
    expect(rules[0]).toEqual({
      id: 1,
      priority: 'https://old.example/a+b%20(1)/'.length,
      action: { type: 'redirect', redirect: { regexSubstitution: `${guidanceUrl}?id=canteen-menus&from=\\0` } },
      condition: { regexFilter: '^https://old\\.example/a\\+b%20\\(1\\)/.*', resourceTypes: ['main_frame'] },
    });
    // Beyond the cap: a plain prefix rule.
    expect(rules[1]?.condition).toEqual({ urlFilter: '|https://old.example/c/', resourceTypes: ['main_frame'] });
    expect(rules.every(isGuidanceRule)).toBe(true);
    expect(new RegExp(rules[0]?.condition.regexFilter ?? '').test('https://old.example/a+b%20(1)/x.pdf?v=2')).toBe(
      true,
    );
  });

  it('covers entries in index order up to the browser limit and names the ones beyond it', () => {
    const entries = Array.from({ length: 5 }, (_, i) => ({
      ...canteen,
      id: `e${i}`,
      oldUrls: [`https://old.example/${i}/a.aspx`, `https://old.example/${i}/b.aspx`],
      oldUrlPrefixes: [],
    }));
    const { rules, uncovered } = planRelocationRules(entries, 7);
    expect(rules).toHaveLength(6);
    expect(rules.map((rule) => rule.id)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(uncovered).toEqual([
      { id: 'e3', reason: 'limit' },
      { id: 'e4', reason: 'limit' },
    ]);
  });

  it('refuses patterns a URL filter cannot express and new addresses that would loop', () => {
    const { rules, uncovered } = planRelocationRules(
      [
        { ...canteen, id: 'star', oldUrls: ['https://old.example/a*b'], oldUrlPrefixes: [] },
        {
          ...canteen,
          id: 'loop',
          oldUrls: [],
          oldUrlPrefixes: ['https://esn.example/services/'],
          newUrl: 'https://esn.example/services/new',
        },
        { id: 'none', title: 'No old address', newUrl: 'https://esn.example/n' },
      ],
      100,
    );
    expect(rules).toEqual([]);
    expect(uncovered).toEqual([
      { id: 'star', reason: 'pattern' },
      { id: 'loop', reason: 'loop' },
    ]);
  });
});
