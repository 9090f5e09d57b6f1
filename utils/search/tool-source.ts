import MiniSearch from 'minisearch';
import type { Tool } from '../config/schema';
import { allVariants, localize } from '../i18n/localized-text';
import type { Language } from '../i18n/translator';
import { normalizeTerm, termsInTitle } from './normalize';
import type { SearchResult, SearchSource } from './source';

interface ToolDocument {
  id: string;
  label: string;
  keywords: string;
  category: string;
}

/** Label matches count most, then keywords, then the category. */
const BOOST = { label: 3, keywords: 2, category: 1 };

function toDocument(tool: Tool): ToolDocument {
  return {
    id: tool.id,
    label: allVariants(tool.label).join(' '),
    keywords: (tool.keywords ?? []).join(' '),
    category: allVariants(tool.category).join(' '),
  };
}

/**
 * The tools as a search source: both languages' labels, keywords and category; accent- and case-insensitive,
 * prefix and typo-tolerant (one edit in five letters), all terms optional so a partly wrong query still ranks.
 */
export function createToolSource(tools: readonly Tool[], language: Language): SearchSource {
  const byId = new Map(tools.map((tool) => [tool.id, tool]));
  const index = new MiniSearch<ToolDocument>({
    fields: ['label', 'keywords', 'category'],
    processTerm: (term) => normalizeTerm(term) || null,
    searchOptions: { boost: BOOST, prefix: true, fuzzy: 0.2, combineWith: 'OR' },
  });
  index.addAll(tools.map(toDocument));
  return {
    kind: 'tool',
    search(query: string, limit: number): SearchResult[] {
      return index
        .search(query)
        .slice(0, limit)
        .flatMap((hit): SearchResult[] => {
          const tool = byId.get(String(hit.id));
          if (!tool) return [];
          const title = localize(tool.label, language);
          const matchedTerms = termsInTitle(title, hit.terms);
          const category = localize(tool.category, language);
          return [
            {
              kind: 'tool',
              id: tool.id,
              title,
              ...(category && { detail: category }),
              score: hit.score,
              matchedTerms,
            },
          ];
        });
    },
  };
}
