import { useEffect, useState } from 'preact/hooks';
import type { PersonalLink } from '@/utils/launcher/personal';
import type { SearchSource } from '@/utils/search/source';

/**
 * The personal links' search source, built (like the tools') only once the user types, so the first paint does
 * not load the search library. Null until ready or when there are no links.
 */
export function useLinkSource(links: readonly PersonalLink[], wanted: boolean): SearchSource | null {
  const [built, setBuilt] = useState<{ links: readonly PersonalLink[]; source: SearchSource } | null>(null);
  useEffect(() => {
    if (!wanted || links.length === 0 || built?.links === links) return;
    let live = true;
    import('@/utils/launcher/link-source').then(({ createLinkSource }) => {
      if (live) setBuilt({ links, source: createLinkSource(links) });
    });
    return () => {
      live = false;
    };
  }, [links, wanted, built]);
  return built?.links === links ? built.source : null;
}
