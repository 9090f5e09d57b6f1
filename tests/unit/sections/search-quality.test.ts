// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findSections } from '@/utils/sections/loaded-sections';
import {
  buildSectionsIndex,
  loadSectionsIndex,
  searchSections,
  serializeSectionsIndex,
} from '@/utils/sections/search-index';
import { toSectionResult } from '@/utils/sections/section-result';
import { processTerm } from '@/utils/sections/terms';
import en from '../../../public/_locales/en/messages.json';
import fr from '../../../public/_locales/fr/messages.json';
import { catalogTranslator } from '../i18n/catalog-translator';
import { generateSections } from './fixtures/generate-sections';

const entries = generateSections(600);
const index = buildSectionsIndex(entries);
const first = (query: string) => searchSections(index, query, 5)[0]?.id;

describe('sections search quality (600 French/English entries)', () => {
  it.each([
    'cantine',
    'Cantine',
    'menu cantine',
    'cantinne',
    'menus.aspx',
    '/rh/cantine',
    'canteen menu',
    'Canteen menus',
    'cant',
    'menus de la cantine',
    'self',
    'RIE',
    'déjeuner',
    'dejeuner',
    'menu du jour',
  ])('"%s" finds the canteen menus first', (query) => {
    expect(first(query)).toBe('canteen-menus');
  });

  it.each([
    ['organigramme', 'org-chart'],
    ['organigrame', 'org-chart'],
    ['org chart', 'org-chart'],
    ['navettes', 'shuttle-timetables'],
    ['shuttle', 'shuttle-timetables'],
    ['mutuelle', 'health-insurance'],
    ['CSE', 'works-council'],
    ['comite entreprise', 'works-council'],
    ['ancien intranet documents', 'document-archive'],
    ['charte informatique', 'it-charter'],
    ['charte-informatique.pdf', 'it-charter'],
    ['livret accueil', 'welcome-booklet'],
    ['mobilité interne', 'internal-jobs'],
  ])('"%s" finds %s first', (query, id) => {
    expect(first(query)).toBe(id);
  });

  it('ranks a title match above an alias match above an old-path match', () => {
    const ranked = buildSectionsIndex([
      { id: 'path', title: 'Alpha', oldUrls: ['https://old.example/zebra.aspx'], newUrl: 'https://esn.example/a' },
      { id: 'alias', title: 'Beta', aliases: ['zebra'], newUrl: 'https://esn.example/b' },
      { id: 'title', title: 'Zebra', newUrl: 'https://esn.example/c' },
    ]);
    expect(searchSections(ranked, 'zebra', 5).map((hit) => hit.id)).toEqual(['title', 'alias', 'path']);
  });

  it('drops stop words and folds plurals, accents and case', () => {
    expect(['intranet', 'aspx', 'de', 'LES', 'www', 'the'].map(processTerm)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(['Menus', 'bureaux', 'Sécurité', 'process'].map(processTerm)).toEqual([
      'menu',
      'bureau',
      'securite',
      'process',
    ]);
  });

  it('searches a serialised and reloaded index the same way (the popup never rebuilds it)', () => {
    const reloaded = loadSectionsIndex(JSON.stringify(serializeSectionsIndex(index)), index.ids);
    for (const query of ['cantine', 'cantinne', 'menus.aspx', 'canteen menu']) {
      expect(searchSections(reloaded, query, 5)).toEqual(searchSections(index, query, 5));
    }
  });

  it('shows the new place and the date of the move in the user language', () => {
    const loaded = { builtAt: 1, entries: new Map(entries.map((entry) => [entry.id, entry])), index };
    const [fromFr] = findSections(loaded, 'cantine', 3).map((match) =>
      toSectionResult(match, 'fr', catalogTranslator(fr)),
    );
    expect(fromFr).toMatchObject({
      kind: 'section',
      id: 'canteen-menus',
      title: 'Menus de la cantine',
      detail: 'Services › Restauration · déplacée le 15 sept. 2026',
      matchedTerms: ['cantine'],
    });
    const [fromEn] = findSections(loaded, 'canteen menu', 3).map((match) =>
      toSectionResult(match, 'en', catalogTranslator(en)),
    );
    expect(fromEn).toMatchObject({ title: 'Canteen menus', detail: 'Services › Catering · moved on Sep 15, 2026' });
    expect(fromEn?.matchedTerms).toEqual(['Canteen', 'menus']);
  });

  it('finds nothing for a query of stop words only or of nonsense', () => {
    expect(searchSections(index, 'de la', 5)).toEqual([]);
    expect(searchSections(index, 'xqzwv', 5)).toEqual([]);
  });
});
