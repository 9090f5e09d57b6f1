// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { goalMark } from '../../bench/harness/goals';
import { medianInterval, ratioInterval } from '../../bench/harness/stats';
import { formatTable } from '../../bench/harness/table';

describe('the bench table', () => {
  it('shows a ratio of thousandths in two significant digits, other numbers with up to three decimals', () => {
    const table = formatTable([
      { group: 'sections 50k', metric: 'query p95', value: 0.563, unit: 'ms', baseline: 3062.8, ratio: 0.00018 },
      { group: 'popup', metric: 'open-to-content', value: 67.6, unit: 'ms', baseline: 52.8, ratio: 1.28 },
    ]);
    const [, , sections, popup] = table.split('\n');
    expect(sections).toMatch(/0\.563\s+ms\s+3,062\.8\s+0\.00018/);
    expect(popup).toMatch(/67\.6\s+ms\s+52\.8\s+1\.28/);
  });

  it('shows a goal with the interval of its median, pass or miss by the median', () => {
    const row = { group: 'popup', metric: 'open', value: 120, unit: 'ms', baseline: 100, ratio: 1.2 };
    expect(goalMark({ ...row, goal: { max: 1.15, of: 'ratio' } })).toBe('≤ 1.15× MISS');
    expect(goalMark({ ...row, goal: { max: 1.15, of: 'ratio', interval: [1.07, 1.43] } })).toBe(
      '≤ 1.15× MISS (95%: 1.07–1.43)',
    );
  });
});

describe('bootstrap intervals', () => {
  // The first 20 of 25 openings of the popup and of the blank page, from one run's log (2 Dec 2026).
  const popup = [153, 132, 142, 115, 106, 198, 172, 170, 148, 107, 145, 201, 171, 202, 132, 138, 108, 131, 165, 119];
  const blank = [97, 145, 117, 117, 119, 175, 107, 94, 135, 105, 124, 95, 148, 98, 116, 102, 119, 84, 122, 145];

  it('holds the median, is the same for the same samples, and is a point where nothing varies', () => {
    const [low, high] = ratioInterval(popup, blank);
    expect(low).toBeLessThan(1.2);
    expect(high).toBeGreaterThan(1.2);
    expect(ratioInterval(popup, blank)).toEqual([low, high]);
    expect(ratioInterval([120, 120, 120], [100, 100])).toEqual([1.2, 1.2]);
    expect(medianInterval([50, 50, 50, 50])).toEqual([50, 50]);
  });

  it('narrows as openings are added', () => {
    const [low, high] = medianInterval(popup);
    const [fourLow, fourHigh] = medianInterval([...popup, ...popup, ...popup, ...popup]);
    expect(fourHigh - fourLow).toBeLessThan((high - low) * 0.75);
    expect(fourLow).toBeGreaterThanOrEqual(low);
  });
});
