// @vitest-environment node
import { describe, expect, it } from 'vitest';
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
});
