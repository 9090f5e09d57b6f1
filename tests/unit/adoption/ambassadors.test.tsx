import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/entrypoints/welcome/App';
import { buildAdoptionSlice } from '@/utils/adoption/build-slice';
import { EMPTY_WHATS_NEW } from '@/utils/adoption/storage';
import { EMPTY_CONFIG } from '@/utils/config/effective';
import { configDocumentSchema } from '@/utils/config/schema';
import { validateLenient } from '@/utils/config/validate';
import type { Language } from '@/utils/i18n/translator';
import { SLICE_SHAPES } from '@/utils/snapshot/snapshot-shape';
import { axeViolations, configuredSnapshot, fakeConnector, translatorFor } from './support';

const name = { fr: 'Les ambassadeurs Passerelle', en: 'The Passerelle ambassadors' };

function renderWelcome(ambassadors: { name: typeof name; contact: string } | undefined, language: Language) {
  const { connector } = fakeConnector(configuredSnapshot(ambassadors ? { ambassadors } : {}));
  return render(
    <App
      connector={connector}
      t={translatorFor(language)}
      language={language}
      browserKind="chrome"
      isOnToolbar={async () => true}
      openedByInstall={false}
      onLeave={vi.fn()}
    />,
  );
}

describe('the ambassadors’ contact on the welcome page', () => {
  afterEach(cleanup);

  it('names them and opens their page in a new tab, in English', async () => {
    const { container } = renderWelcome({ name, contact: 'https://esn.example/groups/ambassadors' }, 'en');
    await screen.findByRole('heading', { name: 'Ask a colleague' });
    expect(screen.getByText(/^The Passerelle ambassadors help colleagues/)).toBeTruthy();
    const link = screen.getByRole('link', { name: /Contact the ambassadors/ });
    expect(link.getAttribute('href')).toBe('https://esn.example/groups/ambassadors');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('writes to them by e-mail, in French, without a new tab', async () => {
    renderWelcome({ name, contact: 'mailto:ambassadeurs@example.com' }, 'fr');
    await screen.findByRole('heading', { name: 'Demandez à un collègue' });
    expect(screen.getByText(/^Les ambassadeurs Passerelle aident leurs collègues/)).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Contacter les ambassadeurs' });
    expect(link.getAttribute('href')).toBe('mailto:ambassadeurs@example.com');
    expect(link.getAttribute('target')).toBeNull();
  });

  it('is absent when none is configured', async () => {
    renderWelcome(undefined, 'en');
    await screen.findByRole('heading', { name: 'Learn more' });
    expect(screen.queryByTestId('ambassadors')).toBeNull();
  });

  it('is validated in the configuration: a page or one plain mailto:, anything else refused with its path', () => {
    const accepted = validateLenient(
      configDocumentSchema,
      { links: { ambassadors: { name, contact: 'mailto:ambassadeurs@example.com' } } },
      { source: 'document' },
    );
    expect(accepted.issues).toEqual([]);
    const refused = validateLenient(
      configDocumentSchema,
      { links: { ambassadors: { name, contact: 'javascript:alert(1)' }, help: 'https://esn.example/aide' } },
      { source: 'policy' },
    );
    expect(refused.value.links).toEqual({ help: 'https://esn.example/aide' });
    expect(refused.issues.map((issue) => issue.path)).toContain('links.ambassadors.contact');
  });

  it('reaches the welcome page through the adoption slice, which the snapshot check accepts', () => {
    const slice = (contact: string) =>
      buildAdoptionSlice(
        { ...EMPTY_CONFIG, links: { ambassadors: { name, contact } } },
        null,
        EMPTY_WHATS_NEW,
        '1.0.0',
      );
    expect(slice('mailto:ambassadeurs@example.com').ambassadors).toEqual({
      name,
      contact: 'mailto:ambassadeurs@example.com',
    });
    // An http address outside the allowed origins is left out here too (a policy value bypasses no check).
    expect(slice('http://intranet.example/ambassadeurs').ambassadors).toBeUndefined();
    expect(SLICE_SHAPES.adoption(slice('https://esn.example/ambassadeurs'), '')).toBeNull();
    expect(SLICE_SHAPES.adoption({ ...slice('https://esn.example/a'), ambassadors: { name: 3 } }, '')).not.toBeNull();
  });
});
