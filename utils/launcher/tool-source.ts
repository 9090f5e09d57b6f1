import type { Tool } from '../config/schema';
import { allVariants, localize } from '../i18n/localized-text';
import type { Language } from '../i18n/translator';
import { createMiniSearchSource } from '../search/minisearch-source';
import { termsInTitle } from '../search/normalize';
import type { SearchSource } from '../search/source';

/**
 * The tools as a search source: both languages' labels, keywords and category (the label counts most, then the
 * keywords, then the category); all terms optional, so a partly wrong query still ranks.
 */
export function createToolSource(tools: readonly Tool[], language: Language): SearchSource {
  return createMiniSearchSource({
    kind: 'tool',
    items: tools,
    idOf: (tool) => tool.id,
    fields: {
      label: (tool) => allVariants(tool.label).join(' '),
      keywords: (tool) => (tool.keywords ?? []).join(' '),
      category: (tool) => allVariants(tool.category).join(' '),
    },
    boost: { label: 3, keywords: 2, category: 1 },
    combineWith: 'OR',
    toResult: (tool, hit) => {
      const title = localize(tool.label, language);
      const category = localize(tool.category, language);
      return { title, ...(category && { detail: category }), matchedTerms: termsInTitle(title, hit.terms) };
    },
  });
}
