import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { AdoptionOptions } from '@/components/adoption/AdoptionOptions';
import { axeViolations, configuredSnapshot, fakeConnector, renderIn } from './support';

describe('the adoption part of the options page', () => {
  afterEach(cleanup);

  it("tells the charter's state, reopens the welcome page, and shows what is measured", async () => {
    const snapshot = configuredSnapshot({
      charter: { url: 'https://esn.example/charte', version: '2026-09', acknowledged: true },
    });
    const { connector, sent } = fakeConnector(snapshot, {
      getPendingIndicators: { enabled: false, allowQueryText: false, batch: null },
    });
    const { container } = renderIn('fr', <AdoptionOptions connector={connector} />);
    await screen.findByText(/Vous avez accepté la version 2026-09/);
    await screen.findByTestId('indicators-off');
    fireEvent.click(screen.getByRole('button', { name: 'Afficher la page d’accueil' }));
    expect(sent.map((message) => message.action)).toContain('openWelcome');
    expect(await axeViolations(container)).toEqual([]);
  });
});
