import { useEffect, useState } from 'preact/hooks';
import type { Tool } from '@/utils/config/schema';
import type { Language } from '@/utils/i18n/translator';
import type { SearchSource } from '@/utils/search/source';

/**
 * The tools' search source, built once the user starts typing: MiniSearch (about 6 KB gzip) is loaded then, so
 * the popup's first paint does not parse it. Null until ready.
 */
export function useToolSource(tools: readonly Tool[], language: Language, wanted: boolean): SearchSource | null {
  const [source, setSource] = useState<{ tools: readonly Tool[]; language: Language; source: SearchSource } | null>(
    null,
  );
  useEffect(() => {
    if (!wanted || (source?.tools === tools && source.language === language)) return;
    let live = true;
    import('@/utils/launcher/tool-source').then(({ createToolSource }) => {
      if (live) setSource({ tools, language, source: createToolSource(tools, language) });
    });
    return () => {
      live = false;
    };
  }, [tools, language, wanted, source]);
  return source?.tools === tools && source.language === language ? source.source : null;
}
