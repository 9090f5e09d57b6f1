import { createMiniSearchSource } from '../search/minisearch-source';
import { termsInTitle } from '../search/normalize';
import type { SearchSource } from '../search/source';
import { linkHost } from './link-host';
import type { PersonalLink } from './personal';

/** The user's personal links as a search source, with the tools' rules: the label counts more than the host. */
export function createLinkSource(links: readonly PersonalLink[]): SearchSource {
  return createMiniSearchSource({
    kind: 'link',
    items: links,
    idOf: (link) => link.id,
    fields: { label: (link) => link.label, host: (link) => linkHost(link.url) },
    boost: { label: 3, host: 1 },
    combineWith: 'OR',
    toResult: (link, hit) => {
      const host = linkHost(link.url);
      return { title: link.label, ...(host && { detail: host }), matchedTerms: termsInTitle(link.label, hit.terms) };
    },
  });
}
