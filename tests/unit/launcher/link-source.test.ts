// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { linkHost } from '@/utils/launcher/link-host';
import { createLinkSource } from '@/utils/launcher/link-source';

const links = [
  { id: 'a', label: 'Réunions d’équipe', url: 'https://www.agenda.example/equipe' },
  { id: 'b', label: 'Wiki RH', url: 'https://intranet.example.com/rh' },
];

describe('personal links as a search source', () => {
  it('finds a label without accents or with a typo, and marks the matched words', () => {
    const source = createLinkSource(links);
    const [first] = source.search('reunion', 10);
    expect(first).toMatchObject({ kind: 'link', id: 'a', title: 'Réunions d’équipe', detail: 'agenda.example' });
    expect(first?.matchedTerms).toEqual(['reunions']);
    expect(source.search('wikki', 10)[0]?.id).toBe('b');
  });

  it('finds a link by the host of its address', () => {
    const source = createLinkSource(links);
    expect(source.search('intranet', 10).map((result) => result.id)).toEqual(['b']);
  });

  it('shows the host without "www." and nothing for an unparsable address', () => {
    expect(linkHost('https://www.agenda.example/x')).toBe('agenda.example');
    expect(linkHost('not a url')).toBe('');
  });
});
