// @vitest-environment node
import { expect, it } from 'vitest';
import { popupSizes } from '../../bench/harness/entry-sizes';
import { CHROME_BUILD_DIR } from '../../e2e/harness/paths';

/** The popup opens on every click: what it loads stays small. Measured on the Chromium build. */
const BUDGET_BYTES = 30 * 1024;

it('keeps the popup JS + CSS within 30 KB gzip', () => {
  const popup = popupSizes(CHROME_BUILD_DIR);
  const total = popup.jsGzip + popup.cssGzip;
  expect(
    total,
    `popup loads ${(total / 1024).toFixed(1)} KB gzip (JS ${(popup.jsGzip / 1024).toFixed(1)} + CSS ${(popup.cssGzip / 1024).toFixed(1)}) > 30 KB: ${popup.files.join(', ')}`,
  ).toBeLessThanOrEqual(BUDGET_BYTES);
});
