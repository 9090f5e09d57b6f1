import { screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { SectionsNoResults } from '@/components/sections/SectionsNoResults';
import { renderIn } from './render';

describe('SectionsNoResults', () => {
  it('says so kindly and offers the editors (query pre-filled) and the hotline', () => {
    renderIn(
      'fr',
      <SectionsNoResults
        query="menus & plats"
        links={{
          feedback: 'https://esn.example/retours?q={query}&ctx={context}',
          hotlineEmail: 'hotline@esn.example',
          hotlinePhone: '+33 1 23 45 67 89',
        }}
      />,
    );
    expect(screen.getByText('Aucune rubrique ne correspond à « menus & plats ».')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Prévenir les rédacteurs' }).getAttribute('href')).toBe(
      'https://esn.example/retours?q=menus%20%26%20plats&ctx=sections-search',
    );
    expect(screen.getByRole('link', { name: 'Demander à la hotline' }).getAttribute('href')).toBe(
      'mailto:hotline@esn.example?subject=menus%20%26%20plats',
    );
    expect(screen.getByRole('link', { name: 'Appeler le +33 1 23 45 67 89' }).getAttribute('href')).toBe(
      'tel:+33123456789',
    );
  });

  it('offers no link that is not configured', () => {
    renderIn('en', <SectionsNoResults query="x" links={{}} />);
    expect(screen.queryAllByRole('link')).toEqual([]);
  });
});
