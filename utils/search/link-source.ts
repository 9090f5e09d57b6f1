import MiniSearch from 'minisearch';
import { linkHost } from '../launcher/link-host';
import type { PersonalLink } from '../launcher/personal';
import { normalizeTerm, termsInTitle } from './normalize';
import type { SearchResult, SearchSource } from './source';

interface LinkDocument {
  id: string;
  label: string;
  host: string;
}

/**
 * The user's personal links as a search source, with the tools' matching rules: accent- and case-insensitive,
 * prefix and typo-tolerant; the label counts more than the address's host.
 */
export function createLinkSource(links: readonly PersonalLink[]): SearchSource {
  const byId = new Map(links.map((link) => [link.id, link]));
  const index = new MiniSearch<LinkDocument>({
    fields: ['label', 'host'],
    processTerm: (term) => normalizeTerm(term) || null,
    searchOptions: { boost: { label: 3, host: 1 }, prefix: true, fuzzy: 0.2, combineWith: 'OR' },
  });
  index.addAll(links.map((link) => ({ id: link.id, label: link.label, host: linkHost(link.url) })));
  return {
    kind: 'link',
    search(query: string, limit: number): SearchResult[] {
      return index
        .search(query)
        .slice(0, limit)
        .flatMap((hit): SearchResult[] => {
          const link = byId.get(String(hit.id));
          if (!link) return [];
          const host = linkHost(link.url);
          return [
            {
              kind: 'link',
              id: link.id,
              title: link.label,
              ...(host && { detail: host }),
              score: hit.score,
              matchedTerms: termsInTitle(link.label, hit.terms),
            },
          ];
        });
    },
  };
}
