import { cleanup, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { SectionsNoResults } from '@/components/sections/SectionsNoResults';
import { renderIn } from './render';

describe('SectionsNoResults', () => {
  const HOTLINE = { diagnostics: 'Version : 1.0.0', subject: 'Passerelle : aide', allowedInsecureOrigins: [] };

  it('says so kindly and offers the editors (query pre-filled, as ADMIN.md says) and the hotline (diagnostics)', () => {
    renderIn(
      'fr',
      <SectionsNoResults
        query="menus & plats"
        links={{
          feedback: 'https://esn.example/retours?q={query}&ctx={context}',
          hotlineEmail: 'hotline@esn.example',
          hotlinePhone: '+33 1 23 45 67 89',
        }}
        hotline={HOTLINE}
      />,
    );
    expect(screen.getByText('Aucune rubrique ne correspond à « menus & plats ».')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Prévenir les rédacteurs' }).getAttribute('href')).toBe(
      'https://esn.example/retours?q=menus%20%26%20plats&ctx=not-found',
    );
    expect(screen.getByRole('link', { name: 'Demander à la hotline' }).getAttribute('href')).toBe(
      'mailto:hotline@esn.example?subject=Passerelle%20%3A%20aide&body=Version%20%3A%201.0.0',
    );
    expect(screen.getByRole('link', { name: 'Appeler le +33 1 23 45 67 89' }).getAttribute('href')).toBe(
      'tel:+33123456789',
    );
  });

  it('offers no link that is not configured', () => {
    renderIn('en', <SectionsNoResults query="x" links={{}} hotline={HOTLINE} />);
    expect(screen.queryAllByRole('link')).toEqual([]);
  });

  it('opens a form over http only where the policy allows it, and fills the hotline form with the diagnostics', () => {
    const links = {
      feedback: 'http://forms.esn.example/?q={query}',
      hotlineUrl: 'http://forms.esn.example/h?c={context}',
    };
    renderIn('en', <SectionsNoResults query="x" links={links} hotline={HOTLINE} />);
    expect(screen.queryAllByRole('link')).toEqual([]);
    cleanup();
    const allowed = { ...HOTLINE, allowedInsecureOrigins: ['http://forms.esn.example'] };
    renderIn('en', <SectionsNoResults query={'y'.repeat(300)} links={links} hotline={allowed} />);
    expect(screen.getByRole('link', { name: 'Tell the editors' }).getAttribute('href')).toBe(
      `http://forms.esn.example/?q=${'y'.repeat(200)}`,
    );
    expect(screen.getByRole('link', { name: 'Ask the hotline' }).getAttribute('href')).toBe(
      'http://forms.esn.example/h?c=Version%20%3A%201.0.0',
    );
  });
});
