import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { buildManifest } from './utils/manifest/build-manifest';

/**
 * What the pages load on demand (the search library and the search sources on the first keystroke, the IndexedDB
 * stores): kept out of the shared chunk, with everything they import, so the popup does not load them when it
 * opens. tests/unit/budget/popup-size.test.ts checks it.
 */
const LOADED_ON_DEMAND = /\/node_modules\/(minisearch|idb)\/|\/utils\/[a-z]+\/(store|search-index|[a-z]+-source)\.ts$/;

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    // @webext-core/messaging brings its own copy of the polyfill: one copy per page is enough.
    resolve: { dedupe: ['webextension-polyfill'] },
    build: {
      // Each file an extension page loads is a round trip through the browser process before its scripts run:
      // one stylesheet and one chunk of shared code instead of a dozen small files (bench: popup −15 %).
      cssCodeSplit: false,
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [{ name: 'shared', minShareCount: 2, test: (id: string) => !LOADED_ON_DEMAND.test(id) }],
          },
        },
      },
    },
  }),
  manifest: ({ browser }) => buildManifest(browser, process.env),
});
