import type { browser } from 'wxt/browser';

type ExtensionApi = typeof browser;

/**
 * The browser's own extension API, without webextension-polyfill: `browser` in Firefox, `chrome` in Chromium
 * (promise-based in MV3, like the polyfill). For what a page does before its first paint (translations, the
 * snapshot read): the polyfill is ~10 KB that every popup opening would parse first. Looked up at each call, so
 * the tests' fake browser (a stubbed global) is the one used.
 */
export function nativeBrowser(): ExtensionApi {
  const scope = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
  const api = scope.browser?.runtime?.id ? scope.browser : scope.chrome;
  if (!api) throw new Error('No extension API here: this code runs only in an extension page.');
  return api;
}
