// @vitest-environment node
import type { SearchOptions } from 'minisearch';
import { describe, expect, it } from 'vitest';
import type { SectionEntry } from '@/utils/config/schema';
import {
  buildSectionsIndex,
  loadSectionsIndex,
  SECTION_BOOST,
  type SectionsIndex,
  searchSections,
  serializeSectionsIndex,
} from '@/utils/sections/search-index';
import { fuzzyOf, prefixOf } from '@/utils/sections/terms';
import { generateSections, realisticQueries } from './fixtures/generate-sections';

const entries = generateSections(2_000);
const index = buildSectionsIndex(entries);

/** The three passes of searchSections, as MiniSearch's own search options: the reference it is held to. */
const MINISEARCH_PASSES: SearchOptions[] = [
  { boost: SECTION_BOOST, prefix: prefixOf, combineWith: 'AND' },
  { boost: SECTION_BOOST, prefix: prefixOf, fuzzy: fuzzyOf, combineWith: 'AND' },
  { boost: SECTION_BOOST, prefix: prefixOf, fuzzy: fuzzyOf, combineWith: 'OR' },
];

function miniSearchAlone({ miniSearch, ids }: SectionsIndex, query: string, limit: number) {
  for (const options of MINISEARCH_PASSES) {
    const hits = miniSearch.search(query, options);
    if (hits.length > 0) {
      return hits.slice(0, limit).map((hit) => ({ id: ids[hit.id], score: hit.score, terms: [...hit.terms].sort() }));
    }
  }
  return [];
}

const withSortedTerms = (hits: ReturnType<typeof searchSections>) =>
  hits.map(({ id, score, terms }) => ({ id, score, terms: [...terms].sort() }));

const section = (id: string, fields: Partial<SectionEntry>): SectionEntry => ({
  id,
  title: id,
  newUrl: `https://esn.example/${id}`,
  ...fields,
});

describe('sections search mechanics', () => {
  it('gives MiniSearch’s own results, scores and order among equal scores, in each of its three passes', () => {
    const queries = [
      ...realisticQueries(entries, 400),
      'formulaires rh',
      'procedures qualite lyon',
      'rapports annuels paris',
      // Typos in every term (second pass), a term that matches nothing (third pass), a repeated term, stop words.
      'budgte logistque',
      'cantine xyzzyq',
      'formulaires qwertyuiop lyon',
      'menu menu',
      // Any term (third pass): a completion that is also a typo counts once; a repeated term is one term.
      'cantin xyzzyq',
      'menu menu xyzzyq',
      'la cantine du site',
      '2019',
      'menus2019.aspx',
    ];
    // A built index and the same index stored and loaded (its postings then come back in another order).
    const loaded = loadSectionsIndex(JSON.stringify(serializeSectionsIndex(index)), index.ids);
    const passesSeen = new Set<number>();
    for (const query of queries) {
      const expected = miniSearchAlone(index, query, 50);
      expect(withSortedTerms(searchSections(index, query, 50)), query).toEqual(expected);
      expect(withSortedTerms(searchSections(loaded, query, 50)), `${query} (loaded)`).toEqual(
        miniSearchAlone(loaded, query, 50),
      );
      passesSeen.add(MINISEARCH_PASSES.findIndex((options) => index.miniSearch.search(query, options).length > 0));
    }
    // Every pass answered some of the queries, and some found nothing at all.
    expect([...passesSeen].sort()).toEqual([-1, 0, 1, 2]);
  });

  it('keeps the best of a very common query among equal scores as MiniSearch does: in the title, as typed, shortest title first', () => {
    const many = (count: number, make: (i: number) => SectionEntry) => Array.from({ length: count }, (_, i) => make(i));
    const common = buildSectionsIndex([
      ...many(500, (i) => section(`keyword-${i}`, { title: `Crossing ${i}`, keywords: ['zebra'] })),
      ...many(500, (i) => section(`prefix-${i}`, { title: `Zebrafish tank ${i}` })),
      ...many(500, (i) => section(`long-${i}`, { title: `Zebra crossing near the north gate ${i}` })),
      section('exact', { title: 'Zebra' }),
      ...many(30, (i) => section(`short-${i}`, { title: `Zebra ${i}` })),
    ]);
    const hits = searchSections(common, 'zebra', 20);
    const all = common.miniSearch.search('zebra').slice(0, 20);
    expect(hits.map((hit) => hit.id)).toEqual(all.map((hit) => common.ids[hit.id]));
    expect(hits[0]?.id).toBe('exact');
    expect(hits.slice(1).every((hit) => hit.id.startsWith('short-'))).toBe(true);
  });

  it('when any term may match, ranks first the entries that match the most terms, however many match one', () => {
    const common = buildSectionsIndex([
      ...Array.from({ length: 600 }, (_, i) => section(`zebra-${i}`, { title: `Zebra ${i}` })),
      section('both', { title: 'Zebra okapi enclosure' }),
    ]);
    // "xyzzy" matches nothing, even with a typo: any term may match.
    const hits = searchSections(common, 'zebra okapi xyzzy', 20);
    expect(hits[0]?.id).toBe('both');
    expect(hits).toHaveLength(20);
  });

  it('leaves nothing of one query in the next: the same query gives the same results again', () => {
    const first = searchSections(index, 'cantine xyzzyq', 20);
    searchSections(index, 'formulaires rh', 20);
    searchSections(index, 'budgte logistque', 20);
    expect(searchSections(index, 'cantine xyzzyq', 20)).toEqual(first);
  });

  it('counts a word once per entry, in its most telling field: repeating it in old paths ranks no higher', () => {
    const repeated = buildSectionsIndex([
      section('plain', { title: 'Zebra crossings' }),
      section('repeated', {
        title: 'Zebra crossings',
        keywords: ['zebra'],
        oldUrls: ['https://old.example/zebra/zebra-crossings.aspx'],
      }),
    ]);
    const [first, second] = searchSections(repeated, 'zebra', 5);
    expect(first?.score).toBe(second?.score);
  });

  it('still finds an entry by a word that is only in its old address, below title matches', () => {
    const ranked = buildSectionsIndex([
      section('path', { title: 'Alpha', oldUrls: ['https://old.example/zebra.aspx'] }),
      section('title', { title: 'Zebra' }),
    ]);
    expect(searchSections(ranked, 'zebra', 5).map((hit) => hit.id)).toEqual(['title', 'path']);
  });

  it('finds an entry by an old address an old intranet wrote in windows-1252 ("r%E9sum%E9s" is "résumés")', () => {
    const latin1 = buildSectionsIndex([
      section('summaries', { title: 'Alpha', oldUrls: ['https://old.example/documents/r%E9sum%E9s.aspx'] }),
      section('other', { title: 'Beta' }),
    ]);
    expect(searchSections(latin1, 'resumes', 5).map((hit) => hit.id)).toEqual(['summaries']);
  });

  it('completes every term of three letters or more, not only the last one', () => {
    expect(searchSections(index, 'proced qualite', 1)[0]?.id).toBe('quality-procedures');
    expect(searchSections(index, 'form rh lyon', 1)[0]?.id).toMatch(/^s\d+-rh-formulaires-lyon/);
  });

  it('tolerates one typo in a word of five letters or more, in any term', () => {
    expect(searchSections(index, 'formulares lyon', 1)[0]?.id).toMatch(/-formulaires-lyon/);
    expect(searchSections(index, 'cantinne', 1)[0]?.id).toBe('canteen-menus');
  });
});
