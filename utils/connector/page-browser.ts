/**
 * What `webextension-polyfill`, and so `wxt/browser`, is in the pages' build (wxt.config.ts): the browser's own
 * API, promise-based in MV3 like the polyfill (in Firefox the polyfill handed over this same object).
 */
const scope = globalThis as unknown as { browser?: { runtime?: { id?: string } }; chrome?: unknown };

export default scope.browser?.runtime?.id ? scope.browser : scope.chrome;
