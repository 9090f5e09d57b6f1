// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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

it('opens with one script, its stylesheet written into the page', () => {
  // Each file is a round trip through the browser process before the popup's scripts run or it paints
  // (wxt.config.ts).
  const { files, cssBytes } = popupSizes(CHROME_BUILD_DIR);
  expect(files).toHaveLength(1);
  expect(files[0]).toMatch(/\.js$/);
  expect(cssBytes).toBeGreaterThan(0);
  expect(readFileSync(join(CHROME_BUILD_DIR, 'popup.html'), 'utf8')).not.toMatch(/<link[^>]+stylesheet/);
});

it('leaves the search library and IndexedDB to the chunks loaded on demand', () => {
  const loaded = popupSizes(CHROME_BUILD_DIR)
    .files.map((file) => readFileSync(join(CHROME_BUILD_DIR, file), 'utf8'))
    .join('\n');
  // Strings minification keeps: MiniSearch's error messages, idb's cursor method names.
  expect(loaded).not.toContain('MiniSearch');
  expect(loaded).not.toContain('continuePrimaryKey');
});
