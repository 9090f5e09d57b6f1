import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '@/components/common/i18n';
import { Launcher } from '@/components/launcher/Launcher';
import type { SyncState } from '@/utils/config/slice';
import type { Language } from '@/utils/i18n/translator';
import type { LauncherSlice } from '@/utils/launcher/slice';
import en from '../../../public/_locales/en/messages.json';
import fr from '../../../public/_locales/fr/messages.json';
import { catalogTranslator } from '../i18n/catalog-translator';
import { fakeConnector } from './fake-connector';
import { demoTools } from './fixtures';

function renderLauncher(slice: Partial<LauncherSlice> = {}, language: Language = 'fr', syncState: SyncState = 'ok') {
  const connector = fakeConnector();
  const t = catalogTranslator(language === 'fr' ? fr : en);
  const full: LauncherSlice = {
    tools: demoTools,
    favourites: [],
    recents: [],
    hidden: [],
    focusExistingTab: false,
    ...slice,
  };
  const view = render(
    <I18nProvider value={{ t, language }}>
      <Launcher slice={full} syncState={syncState} connector={connector} />
    </I18nProvider>,
  );
  return { connector, view, input: screen.getByRole('combobox') };
}

const optionTitles = () => screen.getAllByRole('option').map((option) => option.textContent);

// No globals in this project: unmount between tests ourselves.
afterEach(cleanup);

describe('Launcher', () => {
  it('focuses the search box and lists favourites, recents, then categories', () => {
    const { input } = renderLauncher({ favourites: ['payslips'], recents: ['directory', 'payslips'] });
    expect(document.activeElement).toBe(input);
    const groups = screen.getAllByRole('group').map((group) => group.getAttribute('aria-labelledby'));
    const labels = groups.map((id) => (id ? document.getElementById(id)?.textContent : ''));
    expect(labels.slice(0, 3)).toEqual(['Favoris', 'Récents', 'Réservations']);
    expect(within(screen.getAllByRole('group')[1] as HTMLElement).getAllByRole('option')).toHaveLength(1);
  });

  it("tells the background which group a tool was chosen in: favourite, recent or list (the indicators' path)", () => {
    const { connector } = renderLauncher({ favourites: ['payslips'], recents: ['directory'] });
    const groups = screen.getAllByRole('group');
    for (const group of groups.slice(0, 3)) fireEvent.click(within(group).getAllByRole('option')[0] as HTMLElement);
    expect(connector.sent.map((sent) => sent.data)).toEqual([
      { toolId: 'payslips', disposition: 'newTab', from: 'favourite' },
      { toolId: 'directory', disposition: 'newTab', from: 'recent' },
      { toolId: expect.any(String), disposition: 'newTab', from: 'list' },
    ]);
  });

  it('puts "Réservation de véhicule" first for "vehicule", highlights it, and Enter launches it', async () => {
    const { input, connector } = renderLauncher();
    fireEvent.input(input, { target: { value: 'vehicule' } });
    // The search library loads on the first key: wait for the highlighted result.
    await vi.waitFor(() =>
      expect(screen.getAllByRole('option')[0]?.querySelector('mark')?.textContent).toBe('véhicule'),
    );
    expect(optionTitles()[0]).toContain('Réservation de véhicule');
    expect(input.getAttribute('aria-activedescendant')).toBe(screen.getAllByRole('option')[0]?.id);
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(connector.sent).toEqual([
      // A search result: the path search → tool.
      { action: 'launchTool', data: { toolId: 'vehicle-booking', disposition: 'newTab', from: 'search' } },
    ]);
  });

  it('moves with the arrows and opens with modifiers like a link', async () => {
    const { input, connector } = renderLauncher();
    fireEvent.input(input, { target: { value: 'réservation' } });
    await vi.waitFor(() => expect(input.getAttribute('aria-activedescendant')).toBeTruthy());
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    const second = screen.getAllByRole('option')[1];
    expect(second?.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(input, { key: 'Enter', ctrlKey: true });
    fireEvent.click(screen.getAllByRole('option')[0] as HTMLElement, { shiftKey: true });
    expect(connector.sent.map((sent) => (sent.data as { disposition: string }).disposition)).toEqual([
      'backgroundTab',
      'newWindow',
    ]);
  });

  it('scrolls to the active option when the arrows move it, not when a query makes the first one active', async () => {
    const scrolled: string[] = [];
    const scrollIntoView = vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(function (
      this: HTMLElement,
    ) {
      scrolled.push(this.id);
    });
    try {
      const { input } = renderLauncher();
      fireEvent.input(input, { target: { value: 'réservation' } });
      await vi.waitFor(() => expect(input.getAttribute('aria-activedescendant')).toBe('launcher-option-0'));
      fireEvent.input(input, { target: { value: 'réservations' } });
      await vi.waitFor(() => expect(screen.getAllByRole('option').length).toBeGreaterThan(1));
      expect(scrolled).toEqual([]);
      fireEvent.keyDown(input, { key: 'ArrowDown' });
      await vi.waitFor(() => expect(scrolled).toEqual(['launcher-option-1']));
      fireEvent.keyDown(input, { key: 'ArrowUp' });
      await vi.waitFor(() => expect(scrolled).toEqual(['launcher-option-1', 'launcher-option-0']));
    } finally {
      scrollIntoView.mockRestore();
    }
  });

  it('clears the search on Escape and says when nothing matches', async () => {
    const { input } = renderLauncher({}, 'en');
    fireEvent.input(input, { target: { value: 'zzzqqq' } });
    await screen.findByText('Nothing matches “zzzqqq”.');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    fireEvent.keyDown(input, { key: 'Escape' });
    expect((input as HTMLInputElement).value).toBe('');
    expect(screen.getAllByRole('option').length).toBeGreaterThan(0);
  });

  it('renders configured text as text, never as markup', () => {
    const [first] = demoTools;
    if (!first) throw new Error('fixture');
    renderLauncher({ tools: [{ ...first, label: '<img src=x onerror=alert(1)>' }] });
    expect(document.querySelector('img[src=x]')).toBeNull();
    expect(optionTitles()[0]).toContain('<img src=x onerror=alert(1)>');
  });

  it('leaves hidden tools out, but never a mandatory one', () => {
    renderLauncher({ hidden: ['carpooling', 'time-tracking'] });
    const titles = optionTitles().join('|');
    expect(titles).not.toContain('covoiturage');
    expect(titles).toContain('Saisie des temps');
  });

  it('paints the first options at once and the rest of a long catalogue right after', async () => {
    const [first] = demoTools;
    if (!first) throw new Error('fixture');
    const many = Array.from({ length: 120 }, (_, index) => ({ ...first, id: `tool-${index}`, label: `Tool ${index}` }));
    renderLauncher({ tools: many });
    expect(screen.getAllByRole('option').length).toBeLessThan(120);
    await vi.waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(120));
  });

  it('shows a status line when the data is stale or the ESN unreachable', () => {
    renderLauncher({}, 'en', 'unreachable');
    expect(screen.getByRole('status').textContent).toBe('The ESN cannot be reached: showing the last known tools.');
  });

  it('organises: pin, move, unpin, hide optional tools only, show again', async () => {
    const { connector } = renderLauncher({ favourites: ['payslips', 'directory'], hidden: ['training'] }, 'en');
    fireEvent.click(screen.getByRole('button', { name: 'Organise' }));
    // The organising view is loaded on demand (generous wait: the import is slow on a loaded machine).
    fireEvent.click(await screen.findByRole('button', { name: 'Move Staff directory up' }, { timeout: 10_000 }));
    fireEvent.click(screen.getByRole('button', { name: 'Unpin Payslips' }));
    fireEvent.click(screen.getByRole('button', { name: 'Pin Vehicle booking to favourites' }));
    fireEvent.click(screen.getByRole('button', { name: 'Hide Vehicle booking' }));
    expect(screen.queryByRole('button', { name: 'Hide Time tracking' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show Training again' }));
    expect(connector.sent).toEqual([
      { action: 'moveFavourite', data: { toolId: 'directory', offset: -1 } },
      { action: 'unpinTool', data: { toolId: 'payslips' } },
      { action: 'pinTool', data: { toolId: 'vehicle-booking' } },
      { action: 'hideTool', data: { toolId: 'vehicle-booking' } },
      { action: 'unhideTool', data: { toolId: 'training' } },
    ]);
    expect(screen.getByRole('button', { name: 'Move Payslips up' }).hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Switch to a tab where the tool is already open' }));
    expect(connector.sent.at(-1)).toEqual({ action: 'setFocusExistingTab', data: { enabled: true } });
  });
});
