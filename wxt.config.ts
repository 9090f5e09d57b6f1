import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { catalogFor, formattingLanguage, uiLanguageOfMode } from './utils/i18n/ui-language-build';
import { lazyScriptOf } from './utils/lazy/lazy-scripts';
import { buildManifest } from './utils/manifest/build-manifest';

const readCatalog = (language: 'en' | 'fr') =>
  JSON.parse(readFileSync(`public/_locales/${language}/messages.json`, 'utf8')) as Record<string, { message: string }>;

/**
 * What the pages load on demand (the search library on the first keystroke, IndexedDB): never copied into a
 * page's own file, so the popup does not load it when it opens. tests/unit/budget/popup-size.test.ts checks it.
 */
const LOADED_ON_DEMAND = /\/node_modules\/(minisearch|idb)\//;

/**
 * One script per extension page: the code the pages share is copied into each page's file instead of a chunk of
 * its own. Each file a page loads is a round trip through the browser process before its scripts run (bench:
 * popup open-to-content 1.48× → 1.35× a blank page); the copies cost package bytes only, never download time.
 * Rolldown's option is experimental: the lock file pins its version, and the end-to-end suite runs every page in
 * both browsers. Only for the pages' ES modules: the background is a single IIFE file anyway.
 */
const onePageOneFile = {
  name: 'passerelle:one-file-per-page',
  outputOptions<Options extends { format?: string }>(options: Options) {
    if (options.format !== 'es') return null;
    return {
      ...options,
      codeSplitting: {
        experimentalInlineCommonChunks: { maxSize: Number.POSITIVE_INFINITY, exclude: LOADED_ON_DEMAND },
      },
    };
  },
};

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
  vite: ({ mode }) => ({
    plugins: [preact(), onePageOneFile],
    // `--mode lang-fr` / `lang-pseudo` (npm start -- --lang fr, the e2e harness's uiLanguage): the pages format
    // dates in that language whatever the browser's (utils/i18n/browser-translator.ts reads it).
    define: {
      'import.meta.env.PASSERELLE_UI_LANGUAGE': JSON.stringify(
        uiLanguageOfMode(mode) ? formattingLanguage(uiLanguageOfMode(mode) ?? 'en') : '',
      ),
    },
    // @webext-core/messaging brings its own copy of the polyfill: one copy per page is enough.
    resolve: { dedupe: ['webextension-polyfill'] },
    build: {
      // One stylesheet per page: the popup loads its own rules and the design tokens, not the options page's or the
      // diagnostics' (still one file: the page's shared code is inlined, so is its CSS).
      cssCodeSplit: true,
      // Required to copy shared code into the pages' files (no page exports anything).
      rolldownOptions: { preserveEntrySignatures: false },
      // Every browser the manifest accepts supports <link rel="modulepreload"> (Chromium; Firefox since 115, and the
      // manifest asks for 142): Vite's polyfill only created a <link> to find that out, 0.2 ms at the start of every
      // page (bench probe, 1 Dec 2026).
      modulePreload: { polyfill: false },
    },
  }),
  manifest: ({ browser }) => buildManifest(browser, process.env),
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.some((entrypoint) => entrypoint.type === 'background')) {
        config.plugins = [...(config.plugins ?? []), lazyBackgroundImports];
      } else if (entrypoints.some((entrypoint) => entrypoint.inputPath.endsWith('.html'))) {
        config.plugins = [...(config.plugins ?? []), nativeBrowserInPages];
      }
    },
    // A build in a chosen UI language (`--mode lang-fr`, out in .output/<browser>-mv3-lang-fr): every locale folder
    // carries that language's catalog, so the browser's own language no longer decides.
    'build:publicAssets': (wxt, files) => {
      const choice = uiLanguageOfMode(wxt.config.mode);
      if (!choice) return;
      const contents = `${JSON.stringify(catalogFor(choice, { en: readCatalog('en'), fr: readCatalog('fr') }), null, 2)}\n`;
      files.forEach((file, index) => {
        if (/^_locales\/[^/]+\/messages\.json$/.test(file.relativeDest)) {
          files[index] = { relativeDest: file.relativeDest, contents };
        }
      });
    },
  },
});
