import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '@/components/common/i18n';
import type { Connector } from '@/utils/connector/connector';
import type { LaunchDisposition } from '@/utils/launcher/protocol';
import type { SearchResult, SearchSource } from '@/utils/search/source';
import type { LoadedSections } from '@/utils/sections/search-source';

const NONE: readonly SearchSource[] = [];

/** Loaded after the first paint, out of the popup's own bundle: IndexedDB and the index are not needed to paint. */
const searchSourceModule = () => import('@/utils/sections/search-source');

const loadFromStore = async () => (await searchSourceModule()).loadStoredSections();

/**
 * The sections as a source for the popup's search box: the index the background stored, loaded as is (never
 * rebuilt here) and reloaded when a new one is built (`builtAt` changes). Empty while loading or when off.
 */
export function useSectionsSources(
  builtAt: number | null,
  enabled: boolean,
  load: () => Promise<LoadedSections | null> = loadFromStore,
): readonly SearchSource[] {
  const { t, language } = useI18n();
  const [sources, setSources] = useState<readonly SearchSource[]>(NONE);
  useEffect(() => {
    if (!enabled || builtAt === null) {
      setSources(NONE);
      return;
    }
    let live = true;
    Promise.all([load(), searchSourceModule()]).then(
      ([loaded, { createSectionsSearchSource }]) =>
        live && setSources(loaded ? [createSectionsSearchSource(loaded, { language, t })] : NONE),
      (error: unknown) => console.error('Passerelle: could not load the sections index', error),
    );
    return () => {
      live = false;
    };
  }, [builtAt, enabled, language, t, load]);
  return sources;
}

/** Opens a chosen section result at its new address (the background checks the address first). */
export function openSectionResult(connector: Connector, result: SearchResult, disposition: LaunchDisposition): void {
  if (result.kind !== 'section') return;
  connector.send('openSection', { sectionId: result.id, disposition }).catch((error: unknown) => console.error(error));
}
