import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FeedbackLink } from '@/components/adoption/FeedbackLink';
import { PopupAdoptionFooter, PopupAdoptionTop } from '@/components/adoption/PopupAdoption';
import { axeViolations, configuredSnapshot, fakeConnector, renderIn } from './support';

const snapshot = configuredSnapshot({
  charter: { url: 'https://esn.example/charte', version: '2026-09', acknowledged: false },
  whatsNew: ['notifications', 'indicators'],
  help: {
    help: 'https://esn.example/aide',
    tutorials: 'https://esn.example/aide/tutoriels',
    hotlinePhone: '+33 1 23 45 67 89',
    hotlineEmail: 'hotline@corp.example',
    feedback: 'https://esn.example/retours?q={query}&ctx={context}',
  },
});

describe('the adoption pieces of the popup', () => {
  afterEach(cleanup);

  it('shows the charter banner until accepted, and accepts this version', async () => {
    const { connector, sent } = fakeConnector(snapshot);
    renderIn('fr', <PopupAdoptionTop snapshot={snapshot} connector={connector} />);
    expect(screen.getByTestId('charter-banner').textContent).toContain('version 2026-09');
    fireEvent.click(screen.getByRole('button', { name: 'J’accepte' }));
    expect(sent).toContainEqual({ action: 'acknowledgeCharter', data: { version: '2026-09' } });
    expect(sent).toContainEqual({ action: 'recordIndicator', data: { kind: 'active' } });
  });

  it('hides the banner once accepted', () => {
    const accepted = configuredSnapshot({
      charter: { url: 'https://esn.example/charte', version: '2026-09', acknowledged: true },
    });
    renderIn('en', <PopupAdoptionTop snapshot={accepted} connector={fakeConnector(accepted).connector} />);
    expect(screen.queryByTestId('charter-banner')).toBeNull();
  });

  it('shows one note per feature turned on, and dismisses it', () => {
    const { connector, sent } = fakeConnector(snapshot);
    renderIn('en', <PopupAdoptionTop snapshot={snapshot} connector={connector} />);
    const notes = screen.getByTestId('whats-new').querySelectorAll('li');
    expect(notes).toHaveLength(2);
    fireEvent.click(screen.getAllByRole('button', { name: 'Got it' })[1] as HTMLElement);
    expect(sent).toContainEqual({ action: 'dismissWhatsNew', data: { feature: 'indicators' } });
  });

  it('builds its menu after the first frame: the closed menu is not part of the first paint', async () => {
    renderIn('en', <PopupAdoptionFooter snapshot={snapshot} />);
    expect(screen.getByText('Help and settings')).toBeTruthy();
    expect(screen.queryByRole('link')).toBeNull();
    expect(await screen.findByRole('link', { name: /^Help/ })).toBeTruthy();
  });

  it('links help, tutorials, the hotline pre-filled with diagnostics, and feedback', async () => {
    renderIn('en', <PopupAdoptionFooter snapshot={snapshot} />);
    expect((await screen.findByRole('link', { name: 'Hotline: +33 1 23 45 67 89' })).getAttribute('href')).toBe(
      'tel:+33123456789',
    );
    const mail = screen.getByRole('link', { name: 'E-mail the hotline' }).getAttribute('href') ?? '';
    const body = decodeURIComponent(mail.split('body=')[1] ?? '');
    expect(body).toContain('Version: Passerelle 1.0.0');
    expect(body).toContain('Last sync: 2026-11-27 09:41 UTC');
    expect(screen.getByRole('link', { name: /Suggest a tool/ }).getAttribute('href')).toBe(
      'https://esn.example/retours?q=&ctx=suggest-tool',
    );
    expect(screen.getByRole('link', { name: /^Help/ }).getAttribute('target')).toBe('_blank');
  });

  it('offers a feedback link other panels reuse, with the query filled in', () => {
    renderIn(
      'fr',
      <FeedbackLink
        template={snapshot.adoption.help.feedback}
        origins={[]}
        context={{ kind: 'notFound', query: 'cantine' }}
      />,
    );
    expect(screen.getByRole('link', { name: /Je n’ai pas trouvé/ }).getAttribute('href')).toBe(
      'https://esn.example/retours?q=cantine&ctx=not-found',
    );
  });

  it('keeps only the settings in the menu without links, and has no axe violations', async () => {
    const { container } = renderIn(
      'fr',
      <main>
        <PopupAdoptionTop snapshot={snapshot} connector={fakeConnector(snapshot).connector} />
        <PopupAdoptionFooter snapshot={snapshot} />
      </main>,
    );
    await screen.findByRole('link', { name: /^Aide/ });
    expect(await axeViolations(container)).toEqual([]);
    const bare = configuredSnapshot();
    const empty = renderIn('en', <PopupAdoptionFooter snapshot={bare} />);
    await waitFor(() => expect(empty.container.querySelector('a')).not.toBeNull());
    expect([...empty.container.querySelectorAll('a')].map((link) => link.getAttribute('href'))).toEqual([
      '/options.html',
    ]);
  });
});
