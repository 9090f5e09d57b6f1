// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { backgroundSizes, entrypointSizes, popupSizes } from '../../bench/harness/entry-sizes';

let buildDir: string;

function file(path: string, content: string): void {
  mkdirSync(dirname(join(buildDir, path)), { recursive: true });
  writeFileSync(join(buildDir, path), content);
}

beforeEach(() => {
  buildDir = mkdtempSync(join(tmpdir(), 'passerelle-sizes-'));
  file('manifest.json', JSON.stringify({ background: { service_worker: 'background.js' } }));
  file('background.js', 'console.log(1)');
  file(
    'popup.html',
    '<script type="module" crossorigin src="/chunks/popup-1.js"></script><link rel="modulepreload" href="/chunks/runtime-1.js"><link rel="stylesheet" href="/assets/popup-1.css">',
  );
  file(
    'chunks/popup-1.js',
    'import{a as b}from"./runtime-1.js";import"./connector-1.js";const lazy=()=>import(`./lazy-1.js`);',
  );
  file('chunks/runtime-1.js', 'export const a=1;');
  file('chunks/connector-1.js', 'export*from"./runtime-1.js";');
  file('chunks/lazy-1.js', 'export const big="x";');
  file('chunks/unused-1.js', 'export const unused=1;');
  file('assets/popup-1.css', 'main{color:red}');
});

afterEach(() => rmSync(buildDir, { recursive: true, force: true }));

it('follows the page, its preloads and the static imports of its chunks, not dynamic imports', () => {
  expect(popupSizes(buildDir).files).toEqual([
    'assets/popup-1.css',
    'chunks/connector-1.js',
    'chunks/popup-1.js',
    'chunks/runtime-1.js',
  ]);
});

it('counts the chunks behind dynamic imports apart', () => {
  const popup = popupSizes(buildDir);
  expect(popup.lazyFiles).toEqual(['chunks/lazy-1.js']);
  expect(popup.lazyJsGzip).toBeGreaterThan(0);
});

it('sizes every page and the background, JS and CSS apart', () => {
  const entries = entrypointSizes(buildDir);
  expect(entries.map((entry) => entry.entry)).toEqual(['popup', 'background']);
  const popup = entries[0];
  expect(popup?.cssBytes).toBe('main{color:red}'.length);
  expect(popup?.jsGzip).toBeGreaterThan(0);
});

it('counts a stylesheet written into the page as its CSS', () => {
  file('popup.html', '<script type="module" src="/chunks/runtime-1.js"></script><style>main{color:red}</style>');
  const popup = popupSizes(buildDir);
  expect(popup.files).toEqual(['chunks/runtime-1.js']);
  expect(popup.cssBytes).toBe('main{color:red}'.length);
  expect(popup.cssGzip).toBeGreaterThan(0);
});

it('says to build when the build is missing', () => {
  expect(() => popupSizes(join(buildDir, 'missing'))).toThrow(/run npm run build/);
});

it("counts the background's lazy scripts apart from what it loads at start", () => {
  file('lazy-feed-reader.js', '(function(){var parser="x"})();');
  const background = backgroundSizes(buildDir);
  expect(background.files).toEqual(['background.js']);
  expect(background.lazyFiles).toEqual(['lazy-feed-reader.js']);
  expect(background.lazyJsGzip).toBeGreaterThan(0);
});
