import { relative, resolve } from 'node:path';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig, type Entrypoint, type EntrypointGroup, type Wxt } from 'wxt';
import { lazyScriptOf } from './utils/lazy/lazy-scripts';
import { buildManifest } from './utils/manifest/build-manifest';

/**
 * One build per extension page (WXT builds them all in one by default): each page's script is one flat file, and
 * only what it imports on demand (the search library, the help and tool panels) has chunks of its own. A shared
 * build splits the code the pages share into chunks, and each file a page loads is a round trip through the
 * browser process before its scripts run. Until 2026-12-01 Rolldown's experimental inlining of common chunks copied
 * them back, at the cost of a bundler runtime file and a lazy wrapper per module: the popup's script is now 56.9 KB
 * instead of 65.6 KB with its runtime, in one file instead of two (tests/unit/budget/popup-size.test.ts). It opens
 * no faster for that (bench:pair, tests/bench/README.md), but depends on no experimental option.
 */
function oneBuildPerPage(_wxt: Wxt, groups: EntrypointGroup[]): void {
  const pages = groups.findIndex((group) => Array.isArray(group) && group.some(isPage));
  const shared = groups[pages];
  if (!Array.isArray(shared)) return;
  groups.splice(pages, 1, ...shared.map((entrypoint) => [entrypoint]));
}

const isPage = (entrypoint: Entrypoint) => entrypoint.inputPath.endsWith('.html');

const PAGE_BROWSER = resolve('utils/connector/page-browser.ts');

/**
 * The pages' build only: the browser's own API where the message library imports webextension-polyfill. Every
 * page parsed the polyfill's 10 KB, and built its wrappers, before its first message (bench: the popup's first
 * section result waited on it). The background keeps the polyfill: Chromium's runtime.onMessage does not take a
 * listener's promise as its answer.
 */
const nativeBrowserInPages: Plugin = {
  name: 'passerelle:native-browser-in-pages',
  enforce: 'pre',
  resolveId: (source) => (source === 'webextension-polyfill' ? PAGE_BROWSER : null),
};

/**
 * The pages' builds only: each page's stylesheet is written into its HTML (a <style>), not linked. A linked
 * stylesheet holds the first paint until its file arrives, one more round trip through the busy browser process
 * (bench:pair read 0.89–0.91× for the popup; what that is worth in the noise: tests/bench/README.md). Extension
 * pages' CSP restricts scripts, not styles. Stylesheets that chunks load on demand stay files.
 */
const inlinePageStylesheets: Plugin = {
  name: 'passerelle:inline-page-stylesheets',
  enforce: 'post',
  generateBundle(_options, bundle) {
    const inlined = new Set<string>();
    for (const page of Object.values(bundle)) {
      if (page.type !== 'asset' || !page.fileName.endsWith('.html')) continue;
      page.source = String(page.source).replace(
        /<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g,
        (link, file) => {
          const sheet = bundle[file];
          const css = sheet?.type === 'asset' ? String(sheet.source) : null;
          if (css === null || css.includes('</style')) return link;
          inlined.add(file);
          return `<style>${css}</style>`;
        },
      );
    }
    const code = Object.values(bundle).map((output) => (output.type === 'chunk' ? output.code : ''));
    for (const file of inlined) if (!code.some((text) => text.includes(file))) delete bundle[file];
  },
};

const LAZY_LOADER = resolve('utils/lazy/load-lazy-module.ts');

/**
 * Background build only: `import('./read-feed')` of a module a lazy script carries (utils/lazy/lazy-scripts.ts)
 * becomes `loadLazyModule('utils/news/read-feed')`. The background is one IIFE file that would otherwise inline
 * it, and Chromium's service worker refuses import() anyway (utils/lazy/load-lazy-module.ts).
 */
const lazyBackgroundImports: Plugin = {
  name: 'passerelle:lazy-background-imports',
  async transform(code, id) {
    if (id.includes('/node_modules/') || !code.includes('import(')) return null;
    let rewritten = code;
    for (const call of [...code.matchAll(/\bimport\(\s*(['"])([^'"]+)\1\s*\)/g)].reverse()) {
      const target = await this.resolve(call[2] as string, id);
      const moduleId = target && relative(process.cwd(), target.id).replace(/\.tsx?$/, '');
      if (!moduleId || !lazyScriptOf(moduleId)) continue;
      const loading = `__passerelleLoadLazy(${JSON.stringify(moduleId)})`;
      rewritten = rewritten.slice(0, call.index) + loading + rewritten.slice(call.index + call[0].length);
    }
    if (rewritten === code) return null;
    return `import { loadLazyModule as __passerelleLoadLazy } from ${JSON.stringify(LAZY_LOADER)};\n${rewritten}`;
  },
};

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    // @webext-core/messaging brings its own copy of the polyfill: one copy per page is enough.
    resolve: { dedupe: ['webextension-polyfill'] },
    build: {
      // No entrypoint exports anything: the background and the lazy scripts stay bare IIFEs (no global named after
      // them), the pages' files export only what their chunks loaded on demand import.
      rolldownOptions: { preserveEntrySignatures: false },
      // Every browser the manifest accepts supports <link rel="modulepreload"> (Chromium; Firefox since 115, and the
      // manifest asks for 142): Vite's polyfill only created a <link> to find that out, 0.2 ms at the start of every
      // page (bench probe, 1 Dec 2026).
      modulePreload: { polyfill: false },
    },
  }),
  manifest: ({ browser }) => buildManifest(browser, process.env),
  hooks: {
    'entrypoints:grouped': oneBuildPerPage,
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.some((entrypoint) => entrypoint.type === 'background')) {
        config.plugins = [...(config.plugins ?? []), lazyBackgroundImports];
      } else if (entrypoints.some(isPage)) {
        config.plugins = [...(config.plugins ?? []), nativeBrowserInPages, inlinePageStylesheets];
      }
    },
  },
});
