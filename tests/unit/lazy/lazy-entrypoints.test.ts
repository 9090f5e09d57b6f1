import { afterEach, expect, it } from 'vitest';
import feedReaderScript from '@/entrypoints/lazy-feed-reader';
import searchScript from '@/entrypoints/lazy-search';
import sectionsIndexerScript from '@/entrypoints/lazy-sections-indexer';
import * as toolSource from '@/utils/launcher/tool-source';
import { LAZY_BACKGROUND_SCRIPTS, type LazyScript, lazyScriptOf } from '@/utils/lazy/lazy-scripts';
import { registeredLazyModule } from '@/utils/lazy/registry';
import * as readFeed from '@/utils/news/read-feed';
import * as buildIndex from '@/utils/sections/build-index';
import * as parseIndex from '@/utils/sections/parse-index';
import * as searchIndex from '@/utils/sections/search-index';

const REGISTRY = Symbol.for('passerelle.lazy-modules');

afterEach(() => {
  // Files share one module graph: leave no registered module behind.
  delete (globalThis as Record<symbol, unknown>)[REGISTRY];
});

const entrypoints: Record<LazyScript, { main: () => void }> = {
  'lazy-feed-reader': feedReaderScript,
  'lazy-sections-indexer': sectionsIndexerScript,
  'lazy-search': searchScript,
};

const modules: Record<string, object> = {
  'utils/news/read-feed': readFeed,
  'utils/sections/parse-index': parseIndex,
  'utils/sections/build-index': buildIndex,
  'utils/sections/search-index': searchIndex,
  'utils/launcher/tool-source': toolSource,
};

it.each(Object.keys(LAZY_BACKGROUND_SCRIPTS) as LazyScript[])(
  '%s registers the modules it is listed with',
  (script) => {
    entrypoints[script].main();
    for (const moduleId of LAZY_BACKGROUND_SCRIPTS[script]) {
      expect(registeredLazyModule(moduleId)).toBe(modules[moduleId]);
      expect(lazyScriptOf(moduleId)).toBe(script);
    }
  },
);

it('lists each lazy module in one script only', () => {
  const listed = Object.values(LAZY_BACKGROUND_SCRIPTS).flat();
  expect(new Set(listed).size).toBe(listed.length);
  expect(Object.keys(modules).sort()).toEqual([...listed].sort());
});
