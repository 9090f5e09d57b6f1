// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { highlightSegments } from '@/utils/search/highlight';

describe('highlightSegments', () => {
  it('marks the matched words whatever their accents and case', () => {
    expect(highlightSegments('Réservation de véhicule', ['reservation', 'vehicule'])).toEqual([
      { text: 'Réservation', match: true },
      { text: ' de ', match: false },
      { text: 'véhicule', match: true },
    ]);
  });

  it('marks words that start with a matched prefix', () => {
    expect(highlightSegments('Vehicle booking', ['book'])).toEqual([
      { text: 'Vehicle ', match: false },
      { text: 'booking', match: true },
    ]);
  });

  it('returns the text untouched without terms, markup included (rendered as text)', () => {
    expect(highlightSegments('<b>x</b>', [])).toEqual([{ text: '<b>x</b>', match: false }]);
  });
});
