/**
 * A section as a result of the popup's search box, from what the background found (the popup never loads the
 * index): the title in the user's language, its new place and the date of the move, the words to highlight.
 */
import { allVariants, localize } from '../i18n/localized-text';
import type { Language, Translate } from '../i18n/translator';
import type { SearchResult } from '../search/source';
import type { SectionDisplay } from './display';
import { formatMoveDate } from './format';
import { processTerm, tokenize } from './terms';

/** One section the background found for a query. */
export interface SectionMatch {
  display: SectionDisplay;
  score: number;
  /** The processed query terms as found in the index. */
  terms: string[];
}

/** "Services › Restauration · moved on 15 Sep 2026". */
function describeSection(entry: SectionDisplay, language: Language, t: Translate): string {
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

export function toSectionResult(
  { display, score, terms }: SectionMatch,
  language: Language,
  t: Translate,
): SearchResult {
  const title = localize(display.title, language);
  const detail = describeSection(display, language, t);
  return {
    kind: 'section',
    id: display.id,
    title,
    ...(detail && { detail }),
    score,
    matchedTerms: matchedTitleWords(title, terms),
    nameMatch: allVariants(display.title).some((variant) => matchedTitleWords(variant, terms).length > 0),
  };
}
