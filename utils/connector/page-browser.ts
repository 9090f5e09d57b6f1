/**
 * What `webextension-polyfill` is in the pages' build (wxt.config.ts): the browser's own API, promise-based in
 * MV3 like the polyfill (in Firefox the polyfill handed over this same object). Self-contained: shared with the
 * popup's own file, it would tie the message library's chunk to it (the bundler then moved more into that chunk).
 */
const scope = globalThis as unknown as { browser?: { runtime?: { id?: string } }; chrome?: unknown };

export default scope.browser?.runtime?.id ? scope.browser : scope.chrome;
