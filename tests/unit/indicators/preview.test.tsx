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
  batch: {
    schema: 'passerelle.indicators/1',
    version: '1.0.0',
    daysActive: 1,
    days: [
      {
        day: '2026-11-27',
        newsViews: [],
        launches: [{ toolId: 'conges', count: 1, viaEsn: 1 }],
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
    fireEvent.click(screen.getByRole('button', { name: 'Actualiser' }));
    expect(sent.filter((message) => message.action === 'getPendingIndicators')).toHaveLength(2);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says when indicators are off', async () => {
    const off: PendingIndicatorsView = { enabled: false, allowQueryText: false, batch: null };
    renderIn(
      'en',
      <IndicatorsPreview connector={fakeConnector(EMPTY_SNAPSHOT, { getPendingIndicators: off }).connector} />,
    );
    expect((await screen.findByTestId('indicators-off')).textContent).toBe(
      'Indicators are off: nothing is counted or sent.',
    );
  });
});
