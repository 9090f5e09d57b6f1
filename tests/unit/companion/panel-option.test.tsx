import { act, cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PanelOption } from '@/components/companion/PanelOption';
import { DEFAULT_FEATURES } from '@/utils/config/effective';
import type { Language } from '@/utils/i18n/translator';
import { EMPTY_SNAPSHOT, type PopupSnapshot } from '@/utils/snapshot/types';
import { axeViolations, fakeConnector, renderIn } from '../adoption/support';
import { tabOrder } from './tab-order';

const withPanel = (on: boolean): PopupSnapshot => ({
  ...EMPTY_SNAPSHOT,
  config: { ...EMPTY_SNAPSHOT.config, features: { ...DEFAULT_FEATURES, sidePanel: on } },
});

function renderOption(options: { language?: Language; firefox?: boolean; panel?: boolean; chosen?: boolean } = {}) {
  const fake = fakeConnector(withPanel(options.panel ?? true), {
    getPanelOnClick: options.chosen ?? false,
    setPanelOnClick: { applied: true },
  });
  const view = renderIn(
    options.language ?? 'en',
    <PanelOption connector={fake.connector} firefox={options.firefox ?? false} />,
  );
  return { ...fake, ...view };
}

describe('the option to open the side panel on a toolbar click', () => {
  afterEach(cleanup);

  it('saves the employee’s choice from the keyboard and says so', async () => {
    const { sent, container } = renderOption();
    const box = (await screen.findByRole('checkbox', {
      name: 'Open the side panel instead of the popup when I click the toolbar button',
    })) as HTMLInputElement;
    expect(box.checked).toBe(false);
    expect(tabOrder(container)).toEqual([box]);
    box.focus();
    // Space on a focused checkbox is a click: the browser's own keyboard behaviour.
    fireEvent.click(box);
    expect(sent).toContainEqual({ action: 'setPanelOnClick', data: { enabled: true } });
    expect((await screen.findByRole('status')).textContent).toBe('Saved.');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows the saved choice, in French, and in Firefox also where else the sidebar is', async () => {
    renderOption({ language: 'fr', firefox: true, chosen: true });
    const box = (await screen.findByRole('checkbox', { name: /Ouvrir le panneau latéral/ })) as HTMLInputElement;
    await screen.findByText('Firefox l’ouvre aussi depuis le menu Affichage › Barre latérale.');
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    expect((await screen.findByRole('status')).textContent).toBe('Enregistré.');
  });

  it('is absent while the organisation keeps the side panel off', async () => {
    const { container, sent } = renderOption({ panel: false });
    // Lets the snapshot's answer arrive and the component render with it.
    await act(async () => undefined);
    expect(sent.map(({ action }) => action)).toEqual(['getPanelOnClick']);
    expect(container.querySelector('[data-testid="panel-option"]')).toBeNull();
    expect(sent.filter(({ action }) => action === 'setPanelOnClick')).toEqual([]);
  });
});
