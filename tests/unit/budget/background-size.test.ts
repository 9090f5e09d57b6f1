// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { LAZY_SCRIPTS, lazyScriptUrl } from '../../../utils/lazy/lazy-scripts';
import { backgroundSizes } from '../../bench/harness/entry-sizes';
import { CHROME_BUILD_DIR, FIREFOX_BUILD_DIR } from '../../e2e/harness/paths';

/**
 * The background starts at every wake-up (an alarm, a message, the address bar): what it evaluates stays small.
 * The feed parser, the sections file parser and the search library load only when needed (utils/lazy). Measured
 * on the Chromium build.
 */
const BUDGET_BYTES = 60 * 1024;

it('keeps the background JS within 60 KB gzip', () => {
  const background = backgroundSizes(CHROME_BUILD_DIR);
  expect(
    background.jsGzip,
    `background loads ${(background.jsGzip / 1024).toFixed(1)} KB gzip > 60 KB: ${background.files.join(', ')}`,
  ).toBeLessThanOrEqual(BUDGET_BYTES);
});

it.each([
  ['Chromium', CHROME_BUILD_DIR],
  ['Firefox', FIREFOX_BUILD_DIR],
])('leaves the feed and CSV parsers and the search library to the lazy scripts (%s)', (_browser, buildDir) => {
  const background = readFileSync(join(buildDir, 'background.js'), 'utf8');
  const feedReader = readFileSync(join(buildDir, 'lazy-feed-reader.js'), 'utf8');
  const sectionsIndexer = readFileSync(join(buildDir, 'lazy-sections-indexer.js'), 'utf8');
  const search = readFileSync(join(buildDir, 'lazy-search.js'), 'utf8');
  // Strings minification keeps: the feed parser's JSON Feed version address, Papa Parse's global name, MiniSearch's
  // error messages.
  for (const [marker, lazy] of [
    ['jsonfeed.org', feedReader],
    ['Papa', sectionsIndexer],
    ['MiniSearch: ', search],
  ] as const) {
    expect(lazy).toContain(marker);
    expect(background).not.toContain(marker);
  }
});

it.each([
  ['Chromium', CHROME_BUILD_DIR],
  ['Firefox', FIREFOX_BUILD_DIR],
])('ships every lazy script the background may load (%s)', (_browser, buildDir) => {
  const background = readFileSync(join(buildDir, 'background.js'), 'utf8');
  for (const script of LAZY_SCRIPTS) {
    expect(existsSync(join(buildDir, lazyScriptUrl(script)))).toBe(true);
    expect(background).toContain(script);
  }
});
