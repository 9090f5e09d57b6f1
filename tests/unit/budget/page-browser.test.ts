// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { entrypointSizes } from '../../bench/harness/entry-sizes';
import { CHROME_BUILD_DIR } from '../../e2e/harness/paths';

// A string minification keeps: the polyfill's refusal outside an extension.
const POLYFILL = 'This script should only be loaded in a browser extension';

const codeOf = (files: readonly string[]) =>
  files.map((file) => readFileSync(join(CHROME_BUILD_DIR, file), 'utf8')).join('\n');

it('gives the pages the browser’s own API, on demand too, and keeps the polyfill for the background', () => {
  const entries = entrypointSizes(CHROME_BUILD_DIR);
  const pages = entries.filter((entry) => entry.entry !== 'background' && !entry.entry.startsWith('content-script'));
  expect(pages.map((page) => page.entry)).toEqual(expect.arrayContaining(['popup', 'options', 'welcome', 'moved']));
  for (const page of pages)
    expect(codeOf([...page.files, ...page.lazyFiles]).includes(POLYFILL), page.entry).toBe(false);
  const background = entries.find((entry) => entry.entry === 'background');
  expect(codeOf(background?.files ?? []).includes(POLYFILL)).toBe(true);
});
