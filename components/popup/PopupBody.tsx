import { useMemo, useState } from 'preact/hooks';
import { NoResultHelp } from '@/components/adoption/NoResultHelp';
import { PopupAdoptionFooter, PopupAdoptionTop } from '@/components/adoption/PopupAdoption';
import { useI18n } from '@/components/common/i18n';
import { useAfterFirstFrame } from '@/components/common/use-after-first-frame';
import { LazyToolHelp } from '@/components/companion/LazyToolHelp';
import { Launcher } from '@/components/launcher/Launcher';
import { NewsPanel } from '@/components/news/NewsPanel';
import { openNewsResult, useNewsSources } from '@/components/news/use-news-sources';
import { RecentlyMoved } from '@/components/sections/RecentlyMoved';
import { openSectionResult, useSectionsSources } from '@/components/sections/use-sections-source';
import type { Connector } from '@/utils/connector/connector';
import { localize } from '@/utils/i18n/localized-text';
import type { TitlesAtStart } from '@/utils/sections/first-pass-reader';
import { searchableIndexBuild } from '@/utils/sections/slice';
import type { PopupSnapshot } from '@/utils/snapshot/types';
import { PopupHeader } from './PopupHeader';
import { useSectionKeys } from './use-section-keys';
import './popup.css';

interface Props {
  snapshot: PopupSnapshot;
  connector: Connector;
  /** The sections' titles, read as the page started (main.tsx): the first pass over them answers at once. */
  sectionTitles?: TitlesAtStart;
}

/**
 * The popup's layout for its 400×600 window: a header (the ESN, the help-and-settings menu), the charter bar,
 * then the search box and tools (favourites first), the news, and the moved sections folded to one line, so the
 * first unread news is in view when the popup opens. Alt+1/2/3 jump between them. The launcher paints in the first
 * frame, the news and the moved sections below it in the next: the search box is there sooner, and nothing above
 * it moves. While the box holds a query, the results are the popup: the news and the moved sections are among them
 * (they are search sources too), and their lists come back when the box is emptied. Painted under a query typed as
 * the popup opens, they delayed its first section result (bench, 10k sections, 2 Dec 2026, left out: 230 → 196 ms
 * with the background warm, 298 → 269 ms just started).
 */
export function PopupBody({ snapshot, connector, sectionTitles }: Props) {
  const { t, language } = useI18n();
  const { config } = snapshot;
  const sectionSources = useSectionsSources(searchableIndexBuild(snapshot), connector, sectionTitles);
  const newsSources = useNewsSources(snapshot.news, config.features.news);
  const extraSources = useMemo(() => [...sectionSources, ...newsSources], [sectionSources, newsSources]);
  useSectionKeys();
  const [searching, setSearching] = useState(false);
  const belowLauncher = useAfterFirstFrame() && !searching;
  if (!config.configured) {
    return (
      <main class="popup">
        <h1 class="popup__title">{t('popupTitle')}</h1>
        <p>{t('notConfigured')}</p>
        <a class="button button--primary" href="/options.html" target="_blank" rel="noopener">
          {t('popupConfigure')}
        </a>
      </main>
    );
  }
  return (
    <main class="popup">
      <PopupHeader name={localize(config.esnName, language) || t('popupTitle')} logoUrl={config.esnLogoUrl}>
        <PopupAdoptionFooter snapshot={snapshot} />
      </PopupHeader>
      <LazyToolHelp snapshot={snapshot} connector={connector} />
      <PopupAdoptionTop snapshot={snapshot} connector={connector} />
      {config.features.launcher && (
        <Launcher
          slice={snapshot.launcher}
          syncState={config.sync.state}
          connector={connector}
          extraSources={extraSources}
          onChooseOther={(result, disposition, from) =>
            result.kind === 'news'
              ? openNewsResult(connector, result, disposition, from)
              : openSectionResult(connector, result, disposition, from)
          }
          noResultHelp={(query) => <NoResultHelp snapshot={snapshot} connector={connector} query={query} />}
          onSearchingChange={setSearching}
        />
      )}
      {belowLauncher && config.features.news && <NewsPanel slice={snapshot.news} connector={connector} />}
      {belowLauncher && config.features.sectionsSearch && (
        <RecentlyMoved
          recent={snapshot.sections.recent}
          onOpen={(sectionId) => connector.send('openSection', { sectionId, disposition: 'newTab', from: 'list' })}
        />
      )}
    </main>
  );
}
