import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '@/components/common/i18n';
import { BundleActions } from '@/components/diagnostics/BundleActions';
import { SourcesPanel } from '@/components/diagnostics/SourcesPanel';
import { NewsStatusLine } from '@/components/news/NewsStatusLine';
import type { Diagnostics } from '@/utils/config/diagnostics';
import { SUPPORT_BUNDLE_SCHEMA, type SupportBundle } from '@/utils/diagnostics/types';
import type { Language } from '@/utils/i18n/translator';
import { EMPTY_SECTIONS_SLICE } from '@/utils/sections/slice';
import en from '../../../public/_locales/en/messages.json';
import fr from '../../../public/_locales/fr/messages.json';
import { catalogTranslator } from '../i18n/catalog-translator';

const AT = Date.UTC(2026, 10, 29, 9, 30);
const { builtAt: _builtAt, recent: _recent, ...EMPTY_SECTIONS } = EMPTY_SECTIONS_SLICE;

function bundle(): SupportBundle {
  return {
    schema: SUPPORT_BUNDLE_SCHEMA,
    generatedAt: AT,
    version: '0.1.0',
    browser: 'Test',
    extensionId: 'ext',
    policy: { present: false, values: {} },
    settings: [],
    sources: {
      document: {
        level: 'ok',
        state: 'ok',
        url: 'https://esn.example/c.json',
        httpStatus: 200,
        validators: {},
        refusals: [],
      },
      sections: {
        ...EMPTY_SECTIONS,
        level: 'warning',
        url: 'https://esn.example/sections.csv',
        entryCount: 13,
        sync: { state: 'ok', lastSuccessAt: AT },
        issues: [
          { row: 3, id: 'annuaire', reason: 'newUrl: must be an absolute http(s) URL — write the full new address' },
          { row: 5, id: 'salles', reason: 'movedOn: invalid — write the date as YYYY-MM-DD, e.g. 2026-09-15' },
        ],
        issueCount: 2,
        source: { format: 'csv', separator: ';', columns: [{ header: 'Nouvelle URL', field: 'new_url' }] },
      },
      feeds: [
        {
          level: 'error',
          id: 'actus',
          title: 'Actualités',
          url: 'https://esn.example/actus.rss',
          health: 'refused',
          items: 8,
          refusal: 'truncated',
          error: 'The document ends before its <rss> element is closed (truncated).',
          failures: 2,
          nextPollAt: AT + 3_600_000,
        },
      ],
      indicators: { level: 'off', enabled: false, pending: { days: 0, events: 0 } },
    },
  };
}

function renderIn(language: Language, ui: preact.ComponentChildren) {
  const t = catalogTranslator(language === 'fr' ? fr : en);
  return render(<I18nProvider value={{ t, language }}>{ui}</I18nProvider>);
}

afterEach(cleanup);

describe('SourcesPanel', () => {
  it('puts each source status first, in words, with a one-line summary', () => {
    renderIn('en', <SourcesPanel bundle={bundle()} />);
    const sections = screen.getByTestId('it-source-sections');
    expect(sections.getAttribute('data-level')).toBe('warning');
    expect(within(sections).getByText('Needs attention')).toBeTruthy();
    expect(within(sections).getByTestId('it-summary').textContent).toBe('13 entries, 2 rows refused');
    const feed = screen.getByTestId('it-source-feed-actus');
    expect(within(feed).getByText('Failing')).toBeTruthy();
    expect(within(feed).getByTestId('it-summary').textContent).toBe('the feed was cut off before its end (truncated)');
    expect(within(screen.getByTestId('it-source-indicators')).getByText('Not in use')).toBeTruthy();
  });

  it('keeps the details behind a disclosure: refused rows with number, id and reason, never raw JSON', () => {
    renderIn('en', <SourcesPanel bundle={bundle()} />);
    const sections = screen.getByTestId('it-source-sections');
    const details = sections.querySelector('details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    fireEvent.click(within(sections).getByText('Details: Sections index'));
    const rows = within(sections).getByTestId('it-sections-refused').querySelectorAll('tbody tr');
    expect([...rows].map((row) => row.getAttribute('data-row'))).toEqual(['3', '5']);
    expect(rows[0]?.textContent).toContain('annuaire');
    expect(within(sections).getByText('Nouvelle URL → new_url')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/[{[]"/);
  });

  it('says which charset and columns the index was read with, and what was guessed, in both languages', () => {
    const guessed = bundle();
    guessed.sources.sections.source = {
      format: 'csv',
      separator: '\t',
      encoding: { name: 'windows-1252', from: 'guess' },
      columns: [{ header: 'Titre', field: 'title', fallback: true }],
    };
    renderIn('en', <SourcesPanel bundle={guessed} />);
    const english = screen.getByTestId('it-source-sections').textContent ?? '';
    expect(english).toContain('windows-1252 — the file is not UTF-8 and its server names no charset');
    expect(english).toContain('Separatortab');
    expect(english).toContain('Titre → title (only where both languages are empty');
    cleanup();
    renderIn('fr', <SourcesPanel bundle={guessed} />);
    const french = screen.getByTestId('it-source-sections').textContent ?? '';
    expect(french).toContain('windows-1252 — le fichier n’est pas en UTF-8');
    expect(french).toContain('Séparateurtabulation');
    expect(french).toContain('Titre → title (seulement là où les deux langues sont vides');
  });

  it('speaks French, times in the French locale', () => {
    renderIn('fr', <SourcesPanel bundle={bundle()} />);
    const feed = screen.getByTestId('it-source-feed-actus');
    expect(within(feed).getByText('En échec')).toBeTruthy();
    expect(feed.querySelector('strong')?.textContent).toBe('Flux «\u00a0Actualités\u00a0»');
    const expected = new Intl.DateTimeFormat('fr', { dateStyle: 'medium', timeStyle: 'short' }).format(AT + 3_600_000);
    expect(feed.textContent).toContain(expected);
    expect(screen.getByTestId('it-source-sections').textContent).toContain('13 entrées, 2 lignes refusées');
  });
});

describe('BundleActions', () => {
  it('copies the diagnostics with every source, and downloads the JSON bundle', async () => {
    const writeClipboard = vi.fn(async (_text: string) => {});
    const saveFile = vi.fn();
    const config = {
      generatedAt: AT,
      version: '0.1.0',
      extensionId: 'ext',
      chromiumId: 'ext',
      geckoId: 'g',
      userAgent: 'Test',
      policy: { present: false, keys: [] },
      user: { configUrlEditable: true },
      sync: { state: 'ok' },
      settings: [],
      allowedInsecureOrigins: [],
      issues: [],
    } as Diagnostics;
    renderIn(
      'en',
      <BundleActions diagnostics={config} bundle={bundle()} writeClipboard={writeClipboard} saveFile={saveFile} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy diagnostics' }));
    await screen.findByText(en.configDiagCopied.message);
    const text = writeClipboard.mock.calls[0]?.[0] as string;
    expect(text).toContain('Sections index [warning]: https://esn.example/sections.csv');
    expect(text).toContain('row 3 (annuaire): newUrl');
    expect(text).toContain('Feed actus "Actualités" [error]');
    fireEvent.click(screen.getByRole('button', { name: 'Download (JSON)' }));
    expect(saveFile).toHaveBeenCalledWith('passerelle-diagnostics-2026-11-29.json', expect.any(String));
    expect(JSON.parse(saveFile.mock.calls[0]?.[1] as string)).toEqual(bundle());
  });
});

describe('NewsStatusLine', () => {
  it('names the failing feed and why, instead of a generic line', () => {
    renderIn(
      'en',
      <NewsStatusLine
        status="failing"
        feeds={[
          { id: 'a', label: { fr: 'Actualités', en: 'News' }, unread: 0, health: 'ok', stale: false },
          { id: 'b', label: 'Events', unread: 0, health: 'failing', stale: false, problem: { status: 503 } },
        ]}
        onRefresh={() => undefined}
      />,
    );
    const status = screen.getByTestId('news-status');
    expect(status.textContent).toContain('“Events” could not be updated: the ESN answered with error 503.');
    expect(status.textContent).not.toContain(en.newsStatusFailing.message);
  });
});
