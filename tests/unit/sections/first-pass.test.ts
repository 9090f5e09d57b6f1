// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { scanTitles } from '@/utils/sections/first-pass';
import { buildSectionsIndex } from '@/utils/sections/search-index';
import { checkedTitlesRecord, titlesOfStoredMeta, titlesRecord } from '@/utils/sections/titles-record';
import { generateSections } from './fixtures/generate-sections';

const record = titlesRecord(1, [
  { id: 'budget', title: 'Budget' },
  { id: 'canteen', title: { fr: 'Menus de la cantine', en: 'Canteen menus' } },
  { id: 'cantines-lyon', title: { fr: 'Cantines du site de Lyon', en: 'Lyon canteens' } },
  { id: 'procedures-quality', title: { fr: 'Procédures qualité', en: 'Quality procedures' } },
]);
const ids = (query: string, limit = 20) =>
  scanTitles(record)
    .find(query, limit)
    .map((hit) => hit.id);

describe('the titles record', () => {
  it('holds each title’s terms once, in every language, processed as the index processes them', () => {
    expect(record.ids).toEqual(['budget', 'canteen', 'cantines-lyon', 'procedures-quality']);
    expect(record.titles.split('\n')).toEqual([
      'budget',
      'menu cantine canteen',
      'cantine site lyon canteen',
      'procedure qualite quality',
    ]);
  });

  it('is derived from a stored display list, and a damaged one gives none', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const display = JSON.stringify([{ id: 'a', title: 'Annuaire' }]);
    expect(titlesOfStoredMeta({ builtAt: 7, display })).toEqual({ builtAt: 7, ids: ['a'], titles: 'annuaire' });
    expect(titlesOfStoredMeta({ builtAt: 7, display: '{not json' })).toBeNull();
    expect(titlesOfStoredMeta({ builtAt: 7, display: '{"a":1}' })).toBeNull();
    // Said, not swallowed: the background then finds the description damaged too, and rebuilds it.
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });

  it('reads back only a record of the written shape', () => {
    expect(checkedTitlesRecord(record)).toEqual(record);
    for (const damaged of [null, 'x', { ...record, builtAt: '1' }, { ...record, ids: [1] }, { ...record, titles: 3 }]) {
      expect(checkedTitlesRecord(damaged)).toBeNull();
    }
  });
});

describe('the first pass over the titles', () => {
  it('finds every term as typed first, then completions, in the index’s order', () => {
    expect(ids('cantine')).toEqual(['canteen', 'cantines-lyon']);
    expect(ids('Cantines')).toEqual(['canteen', 'cantines-lyon']);
    expect(ids('cant')).toEqual(['canteen', 'cantines-lyon']);
    expect(ids('lyon cantine')).toEqual(['cantines-lyon']);
    expect(ids('menu canteen')).toEqual(['canteen']);
  });

  it('puts an entry holding every term as typed before one that completes them', () => {
    const scan = scanTitles(
      titlesRecord(1, [
        { id: 'budgets-sites', title: 'Budgetisation' },
        { id: 'budget', title: 'Budget 2026 du site' },
      ]),
    );
    expect(scan.find('budget', 5).map((hit) => hit.id)).toEqual(['budget', 'budgets-sites']);
    expect(scan.find('budget', 1).map((hit) => hit.id)).toEqual(['budget']);
  });

  it('completes a term from three letters only, with no typo tolerance, on titles only', () => {
    expect(ids('ca')).toEqual([]);
    expect(ids('cantinne')).toEqual([]);
    expect(ids('proced qualite')).toEqual(['procedures-quality']);
    expect(ids('de la')).toEqual([]);
    expect(ids('   ')).toEqual([]);
  });

  it('reports the title terms that matched, for highlighting', () => {
    expect(scanTitles(record).find('cant', 1)).toEqual([{ id: 'canteen', terms: ['cantine'] }]);
    expect(scanTitles(record).find('proced quality', 1)).toEqual([
      { id: 'procedures-quality', terms: ['procedure', 'quality'] },
    ]);
  });

  it('stops at the limit', () => {
    expect(ids('cantine', 1)).toEqual(['canteen']);
    expect(ids('cantine', 0)).toEqual([]);
  });

  it('finds the canteen menus first at 10,000 sections, as the full search does', () => {
    const entries = generateSections(10_000);
    const { ids: order } = buildSectionsIndex(entries);
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    const scan = scanTitles(
      titlesRecord(
        1,
        order.flatMap((id) => byId.get(id) ?? []),
      ),
    );
    expect(scan.find('cantine', 20)[0]?.id).toBe('canteen-menus');
    expect(scan.find('menu cantine', 20)[0]?.id).toBe('canteen-menus');
    expect(scan.find('canteen menu', 20)[0]?.id).toBe('canteen-menus');
  });
});
