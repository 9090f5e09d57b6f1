/**
 * The sections as a source of the popup's one search box. The index is the one the background built and
 * stored: loaded as is, never rebuilt here.
 */
import { allVariants, localize } from '../i18n/localized-text';
import type { Language, Translate } from '../i18n/translator';
import type { SearchResult, SearchSource } from '../search/source';
import type { SectionDisplay } from './display';
import { formatMoveDate } from './format';
import { loadSectionsIndexAsync, type SectionsMiniSearch, searchSections } from './search-index';
import { loadMeta, openSectionsDb, type SectionsDatabase } from './store';
import { processTerm, tokenize } from './terms';

export interface LoadedSections {
  builtAt: number;
  entries: ReadonlyMap<string, SectionDisplay>;
  index: SectionsMiniSearch;
}

/** The stored index, or null when none was built yet. */
export async function loadStoredSections(db?: SectionsDatabase): Promise<LoadedSections | null> {
  const database = db ?? (await openSectionsDb());
  const meta = await loadMeta(database);
  if (!meta) return null;
  const display = JSON.parse(meta.display) as SectionDisplay[];
  return {
    builtAt: meta.builtAt,
    entries: new Map(display.map((entry) => [entry.id, entry])),
    index: await loadSectionsIndexAsync(meta.search),
  };
}

/** "Services › Restauration · moved on 15 Sep 2026". */
export function describeSection(entry: SectionDisplay, language: Language, t: Translate): string {
  const parts = [localize(entry.breadcrumb, language)];
  if (entry.movedOn) parts.push(t('sectionsMovedOn', formatMoveDate(entry.movedOn, language)));
  return parts.filter(Boolean).join(' · ');
}

/** Words of the shown title whose processed form is one of the matched terms (for highlighting). */
function matchedTitleWords(title: string, terms: readonly string[]): string[] {
  const wanted = new Set(terms);
  return tokenize(title).filter((word) => {
    const processed = processTerm(word);
    return processed !== null && wanted.has(processed);
  });
}

export interface SectionsSourceOptions {
  language: Language;
  t: Translate;
}

export function createSectionsSearchSource(
  loaded: LoadedSections,
  { language, t }: SectionsSourceOptions,
): SearchSource {
  return {
    kind: 'section',
    search(query: string, limit: number): SearchResult[] {
      return searchSections(loaded.index, query, limit).flatMap((hit): SearchResult[] => {
        const entry = loaded.entries.get(hit.id);
        if (!entry) return [];
        const title = localize(entry.title, language);
        const detail = describeSection(entry, language, t);
        return [
          {
            kind: 'section',
            id: entry.id,
            title,
            ...(detail && { detail }),
            score: hit.score,
            matchedTerms: matchedTitleWords(title, hit.terms),
            nameMatch: allVariants(entry.title).some((variant) => matchedTitleWords(variant, hit.terms).length > 0),
          },
        ];
      });
    },
  };
}
