import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { buildManifest } from './utils/manifest/build-manifest';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => buildManifest(browser, process.env),
});
