/**
 * Background code loaded only when it is needed: the feed parser on the first poll that has a new body to read,
 * the sections file parser and index builder on a refresh that has a new file, the search library with the sections
 * index (a popup's or the address bar's first question) or a tool search in the address bar. Each script below is an
 * unlisted entrypoint (entrypoints/<script>.ts) that registers these modules (registry.ts); in the background build,
 * `import('…/read-feed')` becomes `loadLazyModule('utils/news/read-feed')` (wxt.config.ts). Unit tests and the
 * pages import the modules as usual.
 */
export const LAZY_BACKGROUND_SCRIPTS = {
  'lazy-feed-reader': ['utils/news/read-feed'],
  'lazy-sections-indexer': ['utils/sections/parse-index', 'utils/sections/build-index'],
  'lazy-search': ['utils/sections/search-index', 'utils/launcher/tool-source'],
} as const satisfies Record<string, readonly string[]>;

export type LazyScript = keyof typeof LAZY_BACKGROUND_SCRIPTS;

export const LAZY_SCRIPTS = Object.keys(LAZY_BACKGROUND_SCRIPTS) as LazyScript[];

/** The script that carries a module (its path from the project root, without extension), if it is lazy. */
export function lazyScriptOf(moduleId: string): LazyScript | undefined {
  return LAZY_SCRIPTS.find((script) => (LAZY_BACKGROUND_SCRIPTS[script] as readonly string[]).includes(moduleId));
}

/** From the extension's root: the same address at install time and later (a service worker's script map). */
export const lazyScriptUrl = (script: LazyScript) => `/${script}.js`;
