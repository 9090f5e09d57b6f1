import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '@/components/common/i18n';
import { ConfigOptions } from '@/components/options/ConfigOptions';
import type { Diagnostics } from '@/utils/config/diagnostics';
import type { Connector } from '@/utils/connector/connector';
import type { Language } from '@/utils/i18n/translator';
import { EMPTY_SNAPSHOT, type PopupSnapshot } from '@/utils/snapshot/types';
import en from '../../../public/_locales/en/messages.json';
import fr from '../../../public/_locales/fr/messages.json';
import { catalogTranslator } from '../i18n/catalog-translator';

function diagnostics(overrides: Partial<Diagnostics> = {}): Diagnostics {
  return {
    generatedAt: Date.UTC(2026, 10, 27, 10),
    version: '0.1.0',
    extensionId: 'cifaohidikfhkpngmoilplcgkjnogigj',
    chromiumId: 'cifaohidikfhkpngmoilplcgkjnogigj',
    geckoId: 'passerelle@passerelle.example',
    userAgent: 'Test',
    policy: { present: false, keys: [] },
    user: { configUrlEditable: true },
    sync: {
      state: 'ok',
      url: 'https://esn.example/c.json',
      lastAttemptAt: Date.UTC(2026, 10, 27, 9),
      lastSuccessAt: Date.UTC(2026, 10, 27, 9),
    },
    settings: [
      { path: 'configUrl', value: 'https://esn.example/c.json', source: 'user', userMayChange: true },
      { path: 'features.news', value: false, source: 'policy', userMayChange: false },
    ],
    allowedInsecureOrigins: [],
    issues: [{ source: 'policy', path: 'tools[3].url', message: 'refused: uses javascript: (only https: is allowed)' }],
    ...overrides,
  };
}

type Sent = { action: string; data: unknown };

function fakeConnector(answers: { getDiagnostics: () => Diagnostics; saveUserSettings?: (data: unknown) => unknown }) {
  const sent: Sent[] = [];
  const listeners = new Set<(snapshot: PopupSnapshot) => void>();
  const connector: Connector = {
    getSnapshot: async () => EMPTY_SNAPSHOT,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    send: (async (action: string, data?: unknown) => {
      sent.push({ action, data });
      if (action === 'getDiagnostics') return answers.getDiagnostics();
      if (action === 'saveUserSettings') return answers.saveUserSettings?.(data) ?? { ok: true };
      return undefined;
    }) as Connector['send'],
  };
  const publish = () => {
    for (const listener of listeners) listener(EMPTY_SNAPSHOT);
  };
  return { connector, sent, publish };
}

function renderIn(language: Language, connector: Connector, writeClipboard?: (text: string) => Promise<void>) {
  const t = catalogTranslator(language === 'fr' ? fr : en);
  return render(
    <I18nProvider value={{ t, language }}>
      <ConfigOptions connector={connector} {...(writeClipboard ? { writeClipboard } : {})} />
    </I18nProvider>,
  );
}

afterEach(cleanup);

describe('ConfigOptions', () => {
  it('shows every setting with its source, and the refused values by path', async () => {
    const { connector } = fakeConnector({ getDiagnostics: () => diagnostics() });
    renderIn('en', connector);
    const table = await screen.findByRole('table', { name: 'Every setting, its value and where it comes from' });
    expect(table.querySelector('[data-path="features.news"]')?.textContent).toContain('policy (enforced)');
    expect(table.querySelector('[data-path="configUrl"]')?.textContent).toContain('you');
    expect(screen.getByTestId('config-issues').textContent).toContain('tools[3].url');
    expect(screen.getByText('Refused values (1)')).toBeTruthy();
    expect(screen.getByTestId('diag-sync').textContent).toContain('up to date');
  });

  it('saves the user’s configuration address with the keyboard (a form submit)', async () => {
    const { connector, sent } = fakeConnector({ getDiagnostics: () => diagnostics() });
    renderIn('en', connector);
    const input = await screen.findByLabelText("Address of your organisation's configuration document");
    fireEvent.input(input, { target: { value: ' https://esn.example/new.json ' } });
    fireEvent.submit(input.closest('form') as HTMLFormElement);
    await screen.findByText('Saved. The configuration is being applied.');
    expect(sent).toContainEqual({ action: 'saveUserSettings', data: { configUrl: 'https://esn.example/new.json' } });
  });

  it('shows why an address is refused', async () => {
    const { connector } = fakeConnector({
      getDiagnostics: () => diagnostics(),
      saveUserSettings: () => ({
        ok: false,
        reason: 'invalidUrl',
        detail: 'uses javascript: (only https: is allowed)',
      }),
    });
    renderIn('en', connector);
    const input = await screen.findByLabelText("Address of your organisation's configuration document");
    fireEvent.input(input, { target: { value: 'http://esn.corp/c.json' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('This address cannot be used: it uses javascript: (only https: is allowed).');
  });

  it('disables the address, with the reason, when a policy sets it (in French)', async () => {
    const { connector } = fakeConnector({
      getDiagnostics: () =>
        diagnostics({
          policy: { present: true, keys: ['configUrl'] },
          user: { configUrlEditable: false },
          settings: [{ path: 'configUrl', value: 'https://it.example/c.json', source: 'policy', userMayChange: false }],
        }),
    });
    renderIn('fr', connector);
    const input = (await screen.findByLabelText(
      'Adresse du document de configuration de votre organisation',
    )) as HTMLInputElement;
    expect(input.disabled).toBe(true);
    expect(input.value).toBe('https://it.example/c.json');
    expect(screen.getByText(/La stratégie de votre organisation fixe cette adresse/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Enregistrer' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText(/chrome:\/\/policy/)).toBeTruthy();
  });

  it('copies the diagnostics for the hotline', async () => {
    const { connector } = fakeConnector({ getDiagnostics: () => diagnostics() });
    const writeClipboard = vi.fn(async (_text: string) => {});
    renderIn('en', connector, writeClipboard);
    fireEvent.click(await screen.findByRole('button', { name: 'Copy diagnostics' }));
    await screen.findByText('Diagnostics copied: paste them in your message to the hotline.');
    const text = writeClipboard.mock.calls[0]?.[0] as string;
    expect(text).toContain('Extension id: cifaohidikfhkpngmoilplcgkjnogigj');
    expect(text).toContain('[policy] tools[3].url: refused: uses javascript:');
    expect(text).toContain('features.news = false [policy]');
  });

  it('asks again when the background publishes a change, and fetches on demand', async () => {
    let version = '0.1.0';
    const { connector, sent, publish } = fakeConnector({ getDiagnostics: () => diagnostics({ version }) });
    renderIn('en', connector);
    await screen.findByText('0.1.0');
    version = '0.2.0';
    publish();
    await screen.findByText('0.2.0');
    fireEvent.click(screen.getByRole('button', { name: 'Fetch the configuration and the sections index now' }));
    await waitFor(() =>
      expect(sent.map((message) => message.action).filter((action) => action.startsWith('refresh'))).toEqual([
        'refreshConfig',
        'refreshSections',
      ]),
    );
  });

  it('offers the features the policy lets the user change, and saves a toggle', async () => {
    const { connector, sent } = fakeConnector({
      getDiagnostics: () =>
        diagnostics({
          settings: [
            { path: 'features.notifications', value: false, source: 'policy', userMayChange: true },
            { path: 'features.news', value: true, source: 'policy', userMayChange: false },
          ],
        }),
    });
    renderIn('fr', connector);
    const toggle = (await screen.findByLabelText('Notifications des actualités importantes')) as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    expect(screen.queryByLabelText('Actualités et pastille de la barre d’outils')).toBeNull();
    fireEvent.click(toggle);
    await waitFor(() =>
      expect(sent).toContainEqual({
        action: 'saveUserSettings',
        data: { settings: { 'features.notifications': true } },
      }),
    );
  });
});
