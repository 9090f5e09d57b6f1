import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useI18n } from '@/components/common/i18n';
import type { Connector } from '@/utils/connector/connector';
import type { EntryPoint } from '@/utils/indicators/vocabulary';
import type { SearchResult, SearchSource } from '@/utils/search/source';
import {
  type FirstPassFinder,
  openFirstPass,
  readStoredTitles,
  type TitlesAtStart,
} from '@/utils/sections/first-pass-reader';
import { createRemoteSectionsSource, type SectionsAnswer } from '@/utils/sections/remote-source';
import type { LaunchDisposition } from '@/utils/tabs/disposition';

const NONE: readonly SearchSource[] = [];

const searchFailed = (error: unknown) => {
  console.error('Passerelle: could not search the sections', error);
  return null;
};

/**
 * The sections as a source for the popup's search box, answered by the background, which keeps the index loaded
 * between popups: no popup loads it (at 10,000 sections, reading and loading it took a popup ~0.4 s). After the
 * first paint the popup asks the background to load it, so that the first query finds it ready. Until the
 * background has answered once, a first pass over the stored titles answers too: a background that
 * has just started takes several times longer, and a sleeping one is woken only after the first pass's answer
 * (utils/connector/wake-gate.ts). The background's answer replaces it, never the reverse. A new index
 * (`builtAt`, from searchableIndexBuild) drops the answers of the old one. Empty when it is null: sections search
 * off, or no index yet.
 * `storedTitles`: the titles the page asked for as it started, for the first index it shows (a query reads them at
 * once if the page has not yet).
 */
export function useSectionsSources(
  builtAt: number | null,
  connector: Connector,
  storedTitles?: TitlesAtStart,
): readonly SearchSource[] {
  const { t, language } = useI18n();
  const [answer, setAnswer] = useState<(SectionsAnswer & { builtAt: number | null }) | null>(null);
  const asked = useRef<{ key: string } | null>(null);
  // The first pass over the titles of the index `builtAt`; its finder is dropped once the background answers.
  const firstPass = useRef<{ builtAt?: number; finder?: Promise<FirstPassFinder | null> | null }>({});
  const on = builtAt !== null;
  // Asked for from the render that shows the index, not from an effect: a query typed at once (before the popup's
  // effects run) finds the titles on their way. The page's own read (main.tsx) waits for its first frame, or for
  // the first question (`ask` below), whichever comes first.
  if (builtAt !== null && firstPass.current.builtAt !== builtAt) {
    // What the page read as it started serves the first index only: a later one reads its own titles.
    const reading = firstPass.current.builtAt === undefined && storedTitles ? storedTitles.reading : readStoredTitles();
    firstPass.current = { builtAt, finder: openFirstPass(builtAt, reading).catch(searchFailed) };
  }

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
      // Only the answer to the latest question counts: an earlier one arriving late is dropped.
      const latest = () => asked.current === request;
      storedTitles?.needNow();
      const titles = firstPass.current;
      const firstAnswer = titles.finder
        ?.then((find) => find?.(query, limit))
        // Never after the background's answer (which drops the finder).
        .then(
          (matches) => latest() && titles.finder && matches?.length && setAnswer({ query, limit, matches, builtAt }),
        )
        .catch(searchFailed);
      // A background asleep is woken after the first pass has answered: its start would slow that answer.
      if (firstAnswer) connector.holdSendsFor?.(firstAnswer);
      connector.send('findSections', { query, limit }).then(
        (matches) => {
          if (!latest()) return;
          firstPass.current.finder = null;
          setAnswer({ query, limit, matches, builtAt });
        },
        (error: unknown) => {
          searchFailed(error);
          // The search box waits for an answer to say "no results": a failure is one, unless the first pass gave one.
          if (latest()) setAnswer((shown) => (shown?.query === query ? shown : { query, limit, matches: [], builtAt }));
        },
      );
    },
    [connector, builtAt, storedTitles],
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
