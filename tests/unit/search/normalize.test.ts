// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { normalizeTerm, wordsOf } from '@/utils/search/normalize';

describe('normalizeTerm', () => {
  it.each([
    ['Véhicule', 'vehicule'],
    ['ÉNERGIE', 'energie'],
    ['Noël', 'noel'],
    ['déjà', 'deja'],
    ['VEHICLE', 'vehicle'],
  ])('%s → %s', (term, expected) => {
    expect(normalizeTerm(term)).toBe(expected);
  });
});

describe('wordsOf', () => {
  it('splits on spaces and punctuation, keeping accented letters and offsets', () => {
    expect(wordsOf('Demande d’absence')).toEqual([
      { start: 0, end: 7, word: 'Demande' },
      { start: 8, end: 9, word: 'd' },
      { start: 10, end: 17, word: 'absence' },
    ]);
  });
});
