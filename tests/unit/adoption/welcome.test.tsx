import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/entrypoints/welcome/App';
import type { Language } from '@/utils/i18n/translator';
import type { PopupSnapshot } from '@/utils/snapshot/types';
import { EMPTY_SNAPSHOT } from '@/utils/snapshot/types';
import { axeViolations, configuredSnapshot, fakeConnector, translatorFor } from './support';

const withCharter = configuredSnapshot({
  charter: { url: 'https://esn.example/charte', version: '2026-09', acknowledged: false },
  help: { tutorials: 'https://esn.example/aide/tutoriels' },
});

function renderWelcome(
  snapshot: PopupSnapshot,
  options: {
    language?: Language;
    openedByInstall?: boolean;
    pinned?: boolean;
    browserKind?: 'firefox' | 'chrome';
  } = {},
) {
  const fake = fakeConnector(snapshot);
  const onLeave = vi.fn();
  const language = options.language ?? 'en';
  const view = render(
    <App
      connector={fake.connector}
      t={translatorFor(language)}
      language={language}
      browserKind={options.browserKind ?? 'chrome'}
      isOnToolbar={async () => options.pinned}
      openedByInstall={options.openedByInstall ?? true}
      onLeave={onLeave}
    />,
  );
  return { ...fake, ...view, onLeave };
}

describe('the welcome page', () => {
  afterEach(cleanup);

  it('shows three steps, the pinning that applies, the tutorials and the configured charter', async () => {
    const { sent, container } = renderWelcome(withCharter, { language: 'fr', browserKind: 'firefox' });
    await screen.findByRole('heading', { name: 'Charte d’utilisation' });
    expect(container.querySelectorAll('ol li')).toHaveLength(3);
    expect(screen.getByTestId('pin').dataset.advice).toBe('firefoxManual');
    // The ESN's name in the header (white-label) and in the introduction.
    expect(screen.getByTestId('page-header').textContent).toBe('La Ruche');
    expect(screen.getByText(/porte d’entrée quotidienne vers La Ruche/)).toBeTruthy();
    expect(screen.getByRole('link', { name: /Tutoriels/ }).getAttribute('href')).toBe(
      'https://esn.example/aide/tutoriels',
    );
    fireEvent.click(screen.getByRole('button', { name: 'J’ai lu la charte et je l’accepte' }));
    expect(sent).toContainEqual({ action: 'acknowledgeCharter', data: { version: '2026-09' } });
    expect(await axeViolations(container)).toEqual([]);
  });

  it('follows the configuration when it arrives after the install', async () => {
    const { publish } = renderWelcome(EMPTY_SNAPSHOT);
    await screen.findByText("Waiting for your organisation's configuration…");
    expect(screen.queryByTestId('charter')).toBeNull();
    publish(withCharter);
    await screen.findByTestId('charter');
    const accepted = configuredSnapshot({
      charter: { url: 'https://esn.example/charte', version: '2026-09', acknowledged: true },
    });
    publish(accepted);
    expect((await screen.findByTestId('charter-accepted')).textContent).toContain('version 2026-09');
  });

  it('says the button is pinned when it is', async () => {
    renderWelcome(withCharter, { pinned: true });
    await waitFor(() => expect(screen.getByTestId('pin').dataset.advice).toBe('pinned'));
  });

  it('leaves when IT turns the page off or moves it, only if the install opened it', async () => {
    const off = configuredSnapshot({ onboarding: { enabled: false } });
    const first = renderWelcome(off);
    await waitFor(() => expect(first.onLeave).toHaveBeenCalledWith({ kind: 'none' }));
    expect(screen.getByRole('status').textContent).toContain('turned this page off');
    cleanup();

    const moved = configuredSnapshot({ onboarding: { enabled: true, url: 'https://intranet.example/bienvenue' } });
    const second = renderWelcome(moved);
    await waitFor(() =>
      expect(second.onLeave).toHaveBeenCalledWith({ kind: 'url', url: 'https://intranet.example/bienvenue' }),
    );
    cleanup();

    const byUser = renderWelcome(off, { openedByInstall: false });
    await screen.findByRole('heading', { name: 'Pin the button' });
    expect(byUser.onLeave).not.toHaveBeenCalled();
  });
});
