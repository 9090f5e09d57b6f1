import { useMemo } from 'preact/hooks';
import { PopupAdoptionFooter, PopupAdoptionTop } from '@/components/adoption/PopupAdoption';
import { useI18n } from '@/components/common/i18n';
import { LazyToolHelp } from '@/components/companion/LazyToolHelp';
import { Launcher } from '@/components/launcher/Launcher';
import { NewsPanel } from '@/components/news/NewsPanel';
import { openNewsResult, useNewsSources } from '@/components/news/use-news-sources';
import { RecentlyMoved } from '@/components/sections/RecentlyMoved';
import { openSectionResult, useSectionsSources } from '@/components/sections/use-sections-source';
import type { Connector } from '@/utils/connector/connector';
import { localize } from '@/utils/i18n/localized-text';
import type { PopupSnapshot } from '@/utils/snapshot/types';
import './popup.css';

interface Props {
  snapshot: PopupSnapshot;
  connector: Connector;
}

/** The popup's layout: header, then each capability's panel when its feature is on. */
export function PopupBody({ snapshot, connector }: Props) {
  const { t, language } = useI18n();
  const { config } = snapshot;
  const sectionSources = useSectionsSources(snapshot.sections.builtAt, config.features.sectionsSearch, connector);
  const newsSources = useNewsSources(snapshot.news, config.features.news);
  const extraSources = useMemo(() => [...sectionSources, ...newsSources], [sectionSources, newsSources]);
  if (!config.configured) {
    return (
      <main class="popup">
        <h1 class="popup__title">{t('popupTitle')}</h1>
        <p>{t('notConfigured')}</p>
      </main>
    );
  }
  return (
    <main class="popup">
      <h1 class="popup__title">{localize(config.esnName, language) || t('popupTitle')}</h1>
      <LazyToolHelp snapshot={snapshot} connector={connector} />
      <PopupAdoptionTop snapshot={snapshot} connector={connector} />
      {config.features.launcher && (
        <Launcher
          slice={snapshot.launcher}
          syncState={config.sync.state}
          connector={connector}
          extraSources={extraSources}
          onChooseOther={(result, disposition) =>
            result.kind === 'news'
              ? openNewsResult(connector, result)
              : openSectionResult(connector, result, disposition)
          }
        />
      )}
      {config.features.news && <NewsPanel slice={snapshot.news} connector={connector} />}
      {config.features.sectionsSearch && (
        <RecentlyMoved
          recent={snapshot.sections.recent}
          onOpen={(sectionId) => connector.send('openSection', { sectionId, disposition: 'newTab' })}
        />
      )}
      <PopupAdoptionFooter snapshot={snapshot} />
    </main>
  );
}
