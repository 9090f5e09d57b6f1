import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FeatureRollout } from '@/components/options/FeatureRollout';
import type { FeatureDecision } from '@/utils/rollout/resolve';
import { axeViolations, renderIn } from '../adoption/support';

const decisions: FeatureDecision[] = [
  { name: 'news', on: true, reason: { kind: 'default' } },
  { name: 'sectionsSearch', on: false, reason: { kind: 'set' } },
  { name: 'sidePanel', on: true, reason: { kind: 'pilot', inPilot: true } },
  { name: 'omnibox', on: false, reason: { kind: 'pilot', inPilot: false } },
  { name: 'indicators', on: false, reason: { kind: 'percent', percent: 10, bucket: 42 } },
  { name: 'onboarding', on: false, reason: { kind: 'percent', percent: 50, bucket: null } },
];

const reasonOf = (feature: string) => {
  const row = screen.getByRole('rowheader', { name: feature }).closest('tr') as HTMLElement;
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
};

describe('why each feature is on or off on this device', () => {
  afterEach(cleanup);

  it('gives the state and the reason of each feature in English, as a table with headers', async () => {
    const { container } = renderIn('en', <FeatureRollout decisions={decisions} />);
    expect(screen.getByRole('table', { name: 'Features on this device' })).toBeTruthy();
    expect(screen.getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Feature',
      'State',
      'Why',
    ]);
    expect(reasonOf('news')).toEqual(['on', 'built-in default']);
    expect(reasonOf('sectionsSearch')).toEqual(['off', 'set by the configuration']);
    expect(reasonOf('sidePanel')).toEqual(['on', 'pilot ring: this device is in it']);
    expect(reasonOf('omnibox')).toEqual(['off', 'pilot ring: this device is not in it']);
    expect(reasonOf('indicators')).toEqual(['off', '10% of devices; this device drew 42 (on below 10)']);
    expect(reasonOf('onboarding')).toEqual(['off', '50% of devices; this device drew not drawn yet (on below 50)']);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('speaks French, with a non-breaking space before the percent sign', () => {
    renderIn('fr', <FeatureRollout decisions={decisions} />);
    expect(screen.getByRole('table', { name: 'Fonctions sur cet appareil' })).toBeTruthy();
    expect(reasonOf('sidePanel')).toEqual(['activée', 'groupe pilote\u00a0: cet appareil en fait partie']);
    expect(reasonOf('indicators')[1]).toBe(
      '10\u00a0% des appareils\u00a0; cet appareil a tiré 42 (activée en dessous de 10)',
    );
  });

  it('shows nothing when the diagnostics have no decision yet', () => {
    const { container } = renderIn('en', <FeatureRollout decisions={[]} />);
    expect(container.innerHTML).toBe('');
  });
});
