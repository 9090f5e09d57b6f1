/**
 * Section suggestions for the launcher's address-bar keyword. The launcher owns the omnibox: it calls
 * `suggestSections` with the typed text, shows these after its own tools, and hands an entered `section:<id>`
 * to `openSection` (the same as the popup's Enter).
 */
import { localize } from '../i18n/localized-text';
import type { Language, Translate } from '../i18n/translator';
import { findSections, type LoadedSections } from './loaded-sections';
import { describeSection } from './section-result';

export const SECTION_CONTENT_PREFIX = 'section:';

export interface SectionSuggestion {
  content: string;
  description: string;
}

export interface SuggestOptions {
  language: Language;
  t: Translate;
  limit: number;
  /** The launcher's formatter (XML-escaped on Chromium, plain on Firefox). */
  describe: (label: string, detail: string | undefined) => string;
}

export function suggestSections(
  loaded: LoadedSections | null,
  text: string,
  options: SuggestOptions,
): SectionSuggestion[] {
  return findSections(loaded, text, options.limit).map(({ display }) => ({
    content: `${SECTION_CONTENT_PREFIX}${display.id}`,
    description: options.describe(
      localize(display.title, options.language),
      describeSection(display, options.language, options.t) || undefined,
    ),
  }));
}

/** The section id of an entered suggestion, or null for typed text. */
export function sectionIdOfOmniboxInput(text: string): string | null {
  return text.startsWith(SECTION_CONTENT_PREFIX) ? text.slice(SECTION_CONTENT_PREFIX.length) || null : null;
}
