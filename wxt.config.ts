import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { buildManifest } from './utils/manifest/build-manifest';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // @webext-core/messaging brings its own copy of the polyfill: one copy per page is enough.
  vite: () => ({ plugins: [preact()], resolve: { dedupe: ['webextension-polyfill'] } }),
  manifest: ({ browser }) => buildManifest(browser, process.env),
});
