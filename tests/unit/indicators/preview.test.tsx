import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { IndicatorsPreview } from '@/components/adoption/IndicatorsPreview';
import type { PendingIndicatorsView } from '@/utils/indicators/protocol';
import { EMPTY_SNAPSHOT } from '@/utils/snapshot/types';
import { axeViolations, fakeConnector, renderIn } from '../adoption/support';

const pending: PendingIndicatorsView = {
  enabled: true,
  endpoint: 'https://esn.example/indicateurs',
  allowQueryText: false,
  minimumGroupSize: 10,
  noise: 0.25,
  batch: {
    schema: 'passerelle.indicators/2',
    version: '1.0.0',
    ring: 'general',
    daysActive: 1,
    days: [
      {
        day: '2026-11-27',
        newsViews: [{ feedId: 'actualites', itemId: 'urn:a', title: 'La cantine rouvre', via: 'esnTab', views: 1 }],
        launches: [{ toolId: 'conges', count: 1, viaEsn: 1 }],
        paths: [
          { from: 'favourite', to: 'tool', id: 'conges', count: 1 },
          { from: 'guidance', to: 'section', id: 'restauration', count: 2 },
        ],
        sequences: [{ sequence: 'oldAddress>guidance>section', count: 2 }],
        emptySearches: { count: 0, queries: [] },
        guidanceShown: [],
      },
    ],
  },
};

describe('what is measured', () => {
  afterEach(cleanup);

  it('shows the exact pending batch', async () => {
    const { connector, sent } = fakeConnector(EMPTY_SNAPSHOT, { getPendingIndicators: pending });
    const { container } = renderIn('fr', <IndicatorsPreview connector={connector} />);
    const batch = await screen.findByTestId('indicators-batch');
    expect(JSON.parse(batch.textContent ?? '')).toEqual(pending.batch);
    expect(screen.getByText(/sans leur texte/)).toBeTruthy();
    // The paths, in words: entry point → destination, and each post read with the path it came by.
    const paths = screen.getByTestId('indicators-paths');
    expect(paths.textContent).toContain('au moins 10 appareils');
    expect(paths.textContent).toContain('25 fois sur 100');
    expect([...paths.querySelectorAll('tbody tr')].map((row) => row.textContent)).toEqual([
      'favorioutil conges1',
      'page d’indication de déménagementrubrique restauration2',
    ]);
    expect(paths.querySelector('li[data-via=esnTab]')?.textContent).toBe('La cantine rouvre — lue sur le réseau');
    fireEvent.click(screen.getByRole('button', { name: 'Actualiser' }));
    expect(sent.filter((message) => message.action === 'getPendingIndicators')).toHaveLength(2);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says when indicators are off', async () => {
    const off: PendingIndicatorsView = {
      enabled: false,
      allowQueryText: false,
      minimumGroupSize: 10,
      noise: 0,
      batch: null,
    };
    renderIn(
      'en',
      <IndicatorsPreview connector={fakeConnector(EMPTY_SNAPSHOT, { getPendingIndicators: off }).connector} />,
    );
    expect((await screen.findByTestId('indicators-off')).textContent).toBe(
      'Indicators are off: nothing is counted or sent.',
    );
  });
});
