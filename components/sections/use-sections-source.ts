import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useI18n } from '@/components/common/i18n';
import type { Connector } from '@/utils/connector/connector';
import type { EntryPoint } from '@/utils/indicators/vocabulary';
import type { SearchResult, SearchSource } from '@/utils/search/source';
import type { FirstPassFinder } from '@/utils/sections/first-pass-reader';
import { createRemoteSectionsSource, type SectionsAnswer } from '@/utils/sections/remote-source';
import type { LaunchDisposition } from '@/utils/tabs/disposition';

const NONE: readonly SearchSource[] = [];

/** The popup's first pass over the stored titles, loaded on demand (never in the popup's first bundle). */
export const readStoredTitles = (builtAt: number): Promise<FirstPassFinder | null> =>
  import('@/utils/sections/first-pass-reader').then(({ openFirstPass }) => openFirstPass(builtAt));

/**
 * The sections as a source for the popup's search box, answered by the background, which keeps the index loaded
 * between popups: no popup loads it (at 10,000 sections, reading and loading it took a popup ~0.4 s). After the
 * first paint the popup asks the background to load it, so that the first query finds it ready. Until the
 * background has answered once, a first pass over the stored titles (`readTitles`) answers too: a background that
 * has just started takes several times longer. The background's answer replaces it, never the reverse. A new index
 * (`builtAt`) drops the answers of the old one. Empty when off or before the first index.
 */
export function useSectionsSources(
  builtAt: number | null,
  enabled: boolean,
  connector: Connector,
  readTitles: (builtAt: number) => Promise<FirstPassFinder | null> = readStoredTitles,
): readonly SearchSource[] {
  const { t, language } = useI18n();
  const [answer, setAnswer] = useState<(SectionsAnswer & { builtAt: number | null }) | null>(null);
  const asked = useRef<{ key: string; answered: boolean } | null>(null);
  const firstPass = useFirstPass(enabled ? builtAt : null, readTitles);
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
      const request = { key, answered: false };
      asked.current = request;
      // Only the answer to the latest question counts: an earlier one arriving late is dropped.
      const latest = () => asked.current === request && !request.answered;
      firstPass.find(query, limit)?.then(
        (matches) => latest() && matches.length > 0 && setAnswer({ query, limit, matches, builtAt }),
        (error: unknown) => console.error('Passerelle: could not read the sections titles', error),
      );
      connector.send('findSections', { query, limit }).then(
        (matches) => {
          if (!latest()) return;
          request.answered = true;
          firstPass.retire();
          setAnswer({ query, limit, matches, builtAt });
        },
        (error: unknown) => console.error('Passerelle: could not search the sections', error),
      );
    },
    [connector, builtAt, firstPass],
  );

  const current = answer?.builtAt === builtAt ? answer : null;
  return useMemo(
    () => (on ? [createRemoteSectionsSource({ answer: current, ask, language, t })] : NONE),
    [on, current, ask, language, t],
  );
}

/**
 * The first pass of the index built at `builtAt`, read once from the first render on, until `retire` (the
 * background answers from then on). `find` answers undefined when there is none.
 */
function useFirstPass(builtAt: number | null, readTitles: (builtAt: number) => Promise<FirstPassFinder | null>) {
  const state = useRef<{ builtAt: number; finder: Promise<FirstPassFinder | null> | null } | null>(null);
  const start = useCallback(() => {
    if (builtAt === null) return null;
    if (state.current?.builtAt !== builtAt) {
      const finder = readTitles(builtAt).catch((error: unknown) => {
        console.error('Passerelle: could not read the sections titles', error);
        return null;
      });
      state.current = { builtAt, finder };
    }
    return state.current.finder;
  }, [builtAt, readTitles]);
  // Started in the first render rather than after the first paint: a query typed at once (before the popup's
  // effects run) finds the titles on their way. Reading them never delays the paint (IndexedDB is asynchronous).
  start();
  return useMemo(
    () => ({
      find: (query: string, limit: number) => start()?.then((finder) => (finder ? finder(query, limit) : [])),
      retire: () => {
        if (state.current) state.current.finder = null;
      },
    }),
    [start],
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
