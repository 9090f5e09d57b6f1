/**
 * The stored index as the background searches it: loaded from IndexedDB as is (never rebuilt), kept in memory
 * while the background lives, and answering the popup's search box and the address bar.
 */

import { recordRepairs } from '../storage-health/repairs';
import type { SectionDisplay } from './display';
import { SECTIONS_INDEX_FORMAT } from './index-format';
import type { SectionsIndex } from './search-index';
import type { SectionMatch } from './section-result';
import { forgetMeta, loadMeta, openSectionsDb, type SectionsDatabase } from './store';
import { SECTIONS_META_KEY } from './stored-records';

export interface LoadedSections {
  builtAt: number;
  entries: ReadonlyMap<string, SectionDisplay>;
  index: SectionsIndex;
}

interface LoadOptions {
  /**
   * Load in slices, yielding now and then. A service worker has its thread to itself: at once is faster (the
   * slices wait on clamped timers). Firefox's background page shares its thread with the popup: slices keep
   * typing smooth.
   */
  inSlices: boolean;
  /**
   * The search code, with the search library: a lazy script in the background (utils/lazy/lazy-scripts.ts), so
   * that its wake-ups that search nothing skip it.
   */
  searchCode?: () => Promise<typeof import('./search-index')>;
}

/** The stored index, or null when none was built yet (or in another format: the next refresh rebuilds it). */
export async function loadStoredSections(
  db?: SectionsDatabase,
  { inSlices, searchCode = () => import('./search-index') }: LoadOptions = { inSlices: true },
): Promise<LoadedSections | null> {
  const database = db ?? (await openSectionsDb());
  try {
    const meta = await loadMeta(database);
    if (!meta || meta.format !== SECTIONS_INDEX_FORMAT) return null;
    // Code that does not load is no damage to the stored data: the load fails, the next query tries again
    // (createSectionsCache), and the index stays.
    const { loadSectionsIndex, loadSectionsIndexAsync } = await searchCode();
    try {
      const display = JSON.parse(meta.display) as SectionDisplay[];
      // The index numbers the entries in the order of the display list (both written by buildIndexMeta).
      const ids = display.map((entry) => entry.id);
      return {
        builtAt: meta.builtAt,
        entries: new Map(display.map((entry) => [entry.id, entry])),
        index: inSlices ? await loadSectionsIndexAsync(meta.search, ids) : loadSectionsIndex(meta.search, ids),
      };
    } catch (error) {
      // Damaged search data: no index until the next refresh rebuilds it, and the repair is said.
      await recordRepairs(SECTIONS_META_KEY, [{ path: 'search', reason: String(error) }]);
      await forgetMeta(database);
      return null;
    }
  } finally {
    if (!db) database.close();
  }
}

/** The sections matching a query, best first, with what their results show. */
export function findSections(loaded: LoadedSections | null, query: string, limit: number): SectionMatch[] {
  if (!loaded || query.trim() === '') return [];
  return loaded.index.search(query, limit).flatMap(({ id, score, terms }) => {
    const display = loaded.entries.get(id);
    return display ? [{ display, score, terms }] : [];
  });
}

interface SectionsCache {
  /** The loaded index; loads it on first use, once however many ask at the same time. */
  get(): Promise<LoadedSections | null>;
  /** A new index was built: the next `get` loads it. */
  forget(): void;
}

export function createSectionsCache(load: () => Promise<LoadedSections | null>): SectionsCache {
  let loading: Promise<LoadedSections | null> | null = null;
  return {
    get() {
      if (!loading) {
        const attempt = load().catch((error: unknown) => {
          // Not kept: the next query tries again.
          if (loading === attempt) loading = null;
          console.error('Passerelle: could not load the sections index', error);
          return null;
        });
        loading = attempt;
      }
      return loading;
    },
    forget() {
      loading = null;
    },
  };
}
