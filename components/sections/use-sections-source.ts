import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useI18n } from '@/components/common/i18n';
import type { Connector } from '@/utils/connector/connector';
import type { EntryPoint } from '@/utils/indicators/vocabulary';
import type { SearchResult, SearchSource } from '@/utils/search/source';
import { createRemoteSectionsSource, type SectionsAnswer } from '@/utils/sections/remote-source';
import type { LaunchDisposition } from '@/utils/tabs/disposition';

const NONE: readonly SearchSource[] = [];

/**
 * The sections as a source for the popup's search box, answered by the background, which keeps the index loaded
 * between popups: no popup loads it (at 10,000 sections, reading and loading it took a popup ~0.4 s). After the
 * first paint the popup asks the background to load it, so that the first query finds it ready. A new index
 * (`builtAt`) drops the answers of the old one. Empty when off or before the first index.
 */
export function useSectionsSources(
  builtAt: number | null,
  enabled: boolean,
  connector: Connector,
): readonly SearchSource[] {
  const { t, language } = useI18n();
  const [answer, setAnswer] = useState<(SectionsAnswer & { builtAt: number | null }) | null>(null);
  const asked = useRef<{ key: string } | null>(null);
  const on = enabled && builtAt !== null;

  useEffect(() => {
    if (!on) return;
    // useEffect runs after the first paint: loading the index never delays it.
    connector.send('prepareSectionsSearch').catch((error: unknown) => console.error(error));
  }, [on, builtAt, connector]);

  const ask = useCallback(
    (query: string, limit: number) => {
      // The index's build is part of the question: a new index asks again, and drops the old index's answers.
      const key = `${builtAt}:${limit}:${query.trim()}`;
      if (asked.current?.key === key) return;
      const request = { key };
      asked.current = request;
      connector.send('findSections', { query, limit }).then(
        // Only the answer to the latest question counts: an earlier one arriving late is dropped.
        (matches) => asked.current === request && setAnswer({ query, limit, matches, builtAt }),
        (error: unknown) => console.error('Passerelle: could not search the sections', error),
      );
    },
    [connector, builtAt],
  );

  const current = answer?.builtAt === builtAt ? answer : null;
  return useMemo(
    () => (on ? [createRemoteSectionsSource({ answer: current, ask, language, t })] : NONE),
    [on, current, ask, language, t],
  );
}

/** Opens a chosen section result at its new address (the background checks the address first). */
export function openSectionResult(
  connector: Connector,
  result: SearchResult,
  disposition: LaunchDisposition,
  from: EntryPoint,
): void {
  if (result.kind !== 'section') return;
  connector
    .send('openSection', { sectionId: result.id, disposition, from })
    .catch((error: unknown) => console.error(error));
}
