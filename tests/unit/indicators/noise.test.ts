// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  estimateStandardError,
  estimateTrueCount,
  MAX_NOISE,
  randomisedResponse,
  withNoise,
} from '@/utils/indicators/noise';
import type { IndicatorEvent } from '@/utils/indicators/types';
import { ENTRY_POINTS } from '@/utils/indicators/vocabulary';

/** A generator that replays the values given, then 0.999 (never below q). */
const replay =
  (...values: number[]) =>
  () =>
    values.shift() ?? 0.999;

describe('local noise (randomised response)', () => {
  it('keeps the truth when off or when the draw is above q, and otherwise picks uniformly among the choices', () => {
    const choices = ['a', 'b', 'c', 'd'];
    expect(randomisedResponse('a', choices, 0, replay(0))).toBe('a');
    expect(randomisedResponse('a', choices, 0.25, replay(0.3))).toBe('a');
    expect(randomisedResponse('a', choices, 0.25, replay(0.1, 0.8))).toBe('d');
    // q above the cap acts as the cap: a draw of 0.6 keeps the truth.
    expect(randomisedResponse('a', choices, 0.9, replay(0.6))).toBe('a');
    expect(MAX_NOISE).toBe(0.5);
  });

  it("moves a path's entry point, a reading's path and its post only within the vocabulary and the feed", () => {
    const path: IndicatorEvent = { kind: 'path', from: 'favourite', to: 'tool', id: 'conges' };
    expect(withNoise(path, 0.25, replay(0.1, 0.55))).toEqual({ ...path, from: ENTRY_POINTS[5] });
    const reading: IndicatorEvent = {
      kind: 'newsView',
      feedId: 'f',
      itemId: 'a',
      title: 'A',
      via: 'newsList',
      alternatives: [
        { itemId: 'a', title: 'A' },
        { itemId: 'b', title: 'B' },
      ],
    };
    expect(withNoise(reading, 0.25, replay(0.1, 0.9, 0.9))).toEqual({
      kind: 'newsView',
      feedId: 'f',
      itemId: 'b',
      title: 'B',
      via: 'newsList',
    });
    expect(withNoise({ kind: 'launch', toolId: 't', viaEsn: true }, 0.25, replay(0))).toEqual({
      kind: 'launch',
      toolId: 't',
      viaEsn: true,
    });
  });

  it('stays within its stated bounds: over 20,000 answers the share replaced is q within 1.5 points', () => {
    let state = 7;
    const random = () => {
      state = (state * 16807) % 2147483647;
      return state / 2147483647;
    };
    const answers = Array.from({ length: 20_000 }, () => randomisedResponse('favourite', ENTRY_POINTS, 0.3, random));
    const changed = answers.filter((answer) => answer !== 'favourite').length / answers.length;
    // Expected: q·(K−1)/K = 0.3 × 0.9 = 0.27.
    expect(Math.abs(changed - 0.27)).toBeLessThan(0.015);
  });

  it('corrects counts without bias and states their error', () => {
    // 1,000 answers, K = 10, q = 0.2: a true 300 is observed as 0.8 × 300 + 0.2 × 100 = 260.
    expect(estimateTrueCount(260, 1000, 10, 0.2)).toBeCloseTo(300);
    expect(estimateTrueCount(260, 1000, 10, 0)).toBe(260);
    expect(estimateStandardError(260, 1000, 0.2)).toBeCloseTo(Math.sqrt(1000 * 0.26 * 0.74) / 0.8);
    expect(estimateStandardError(260, 1000, 0)).toBe(0);
  });
});
