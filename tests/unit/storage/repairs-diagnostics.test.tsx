import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '@/components/common/i18n';
import { StorageRepairsList } from '@/components/options/StorageRepairsList';
import { type Diagnostics, diagnosticsText } from '@/utils/config/diagnostics';
import type { StorageRepair } from '@/utils/storage-health/repairs';
import en from '../../../public/_locales/en/messages.json';
import fr from '../../../public/_locales/fr/messages.json';
import { catalogTranslator } from '../i18n/catalog-translator';

afterEach(cleanup);

const repair: StorageRepair = {
  key: 'local:personal',
  path: 'favourites[1]',
  reason: 'Invalid input: expected string, received number',
  at: Date.UTC(2026, 10, 30, 8),
};

describe('the "Storage repaired" list of the diagnostics', () => {
  it('lists each repair with its key, path, reason and time', () => {
    render(
      <I18nProvider value={{ t: catalogTranslator(en), language: 'en' }}>
        <StorageRepairsList repairs={[repair]} />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Storage repaired (1)' })).toBeTruthy();
    const item = screen.getByTestId('storage-repairs').querySelector('li');
    expect(item?.textContent).toContain('local:personal');
    expect(item?.textContent).toContain('favourites[1]');
    expect(item?.textContent).toContain('expected string');
  });

  it('says, in French too, when nothing had to be repaired', () => {
    render(
      <I18nProvider value={{ t: catalogTranslator(fr), language: 'fr' }}>
        <StorageRepairsList repairs={[]} />
      </I18nProvider>,
    );
    expect(screen.getByTestId('storage-repairs').textContent).toBe('Aucune donnée enregistrée n’a dû être réparée.');
  });

  it('is copied with the diagnostics for the hotline', () => {
    const diagnostics = {
      generatedAt: 0,
      version: '0.2.0',
      extensionId: 'id',
      chromiumId: 'c',
      geckoId: 'g',
      userAgent: 'ua',
      policy: { present: false, keys: [] },
      user: { configUrlEditable: true },
      sync: { state: 'never' },
      settings: [],
      allowedInsecureOrigins: [],
      issues: [],
      storageRepairs: [repair],
    } satisfies Diagnostics;
    expect(diagnosticsText(diagnostics)).toContain(
      'Storage repaired (1):\n  2026-11-30T08:00:00.000Z local:personal favourites[1]: Invalid input: expected string, received number',
    );
  });
});
