// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { SectionEntry } from '@/utils/config/schema';
import { buildSectionsIndex, MAX_RANKED, searchSections } from '@/utils/sections/search-index';
import { generateSections, realisticQueries } from './fixtures/generate-sections';

const entries = generateSections(2_000);
const index = buildSectionsIndex(entries);

const section = (id: string, fields: Partial<SectionEntry>): SectionEntry => ({
  id,
  title: id,
  newUrl: `https://esn.example/${id}`,
  ...fields,
});

describe('sections search mechanics', () => {
  it('scores only the entries that match every term, with the same results as MiniSearch alone', () => {
    const queries = [
      ...realisticQueries(entries, 300).filter((query) => query.trim().includes(' ')),
      'formulaires rh',
      'procedures qualite lyon',
      'canteen menu',
      'rapports annuels paris',
    ];
    let compared = 0;
    for (const query of queries) {
      // The index's default search options are those of the first pass (every term, exact or prefix).
      const plain = index.miniSearch.search(query);
      if (plain.length === 0) continue;
      compared += 1;
      const ours = searchSections(index, query, 50);
      expect(
        ours.map((hit) => [hit.id, hit.score]),
        query,
      ).toEqual(plain.slice(0, 50).map((hit) => [index.ids[hit.id], hit.score]));
    }
    expect(compared).toBeGreaterThan(50);
  });

  it('ranks only the best matches of a very common query: in the title, as typed, shortest title first', () => {
    const many = (count: number, make: (i: number) => SectionEntry) => Array.from({ length: count }, (_, i) => make(i));
    const common = buildSectionsIndex([
      ...many(MAX_RANKED, (i) => section(`keyword-${i}`, { title: `Crossing ${i}`, keywords: ['zebra'] })),
      ...many(MAX_RANKED, (i) => section(`prefix-${i}`, { title: `Zebrafish tank ${i}` })),
      ...many(MAX_RANKED, (i) => section(`long-${i}`, { title: `Zebra crossing near the north gate ${i}` })),
      section('exact', { title: 'Zebra' }),
      ...many(30, (i) => section(`short-${i}`, { title: `Zebra ${i}` })),
    ]);
    const hits = searchSections(common, 'zebra', 20);
    // The same as ranking all 1,531 matches: MiniSearch alone.
    const all = common.miniSearch.search('zebra').slice(0, 20);
    expect(hits.map((hit) => hit.id)).toEqual(all.map((hit) => common.ids[hit.id]));
    expect(hits[0]?.id).toBe('exact');
    expect(hits.slice(1).every((hit) => hit.id.startsWith('short-'))).toBe(true);
  });

  it('when any term may match, ranks first the entries that match the most terms, however many match one', () => {
    const common = buildSectionsIndex([
      ...Array.from({ length: MAX_RANKED + 100 }, (_, i) => section(`zebra-${i}`, { title: `Zebra ${i}` })),
      section('both', { title: 'Zebra okapi enclosure' }),
    ]);
    // "xyzzy" matches nothing, even with a typo: any term may match.
    const hits = searchSections(common, 'zebra okapi xyzzy', 20);
    expect(hits[0]?.id).toBe('both');
    expect(hits).toHaveLength(20);
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

  it('completes every term of three letters or more, not only the last one', () => {
    expect(searchSections(index, 'proced qualite', 1)[0]?.id).toBe('quality-procedures');
    expect(searchSections(index, 'form rh lyon', 1)[0]?.id).toMatch(/^s\d+-rh-formulaires-lyon/);
  });

  it('tolerates one typo in a word of five letters or more, in any term', () => {
    expect(searchSections(index, 'formulares lyon', 1)[0]?.id).toMatch(/-formulaires-lyon/);
    expect(searchSections(index, 'cantinne', 1)[0]?.id).toBe('canteen-menus');
  });
});
