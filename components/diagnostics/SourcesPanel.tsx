import type { ComponentChildren } from 'preact';
import { useI18n } from '@/components/common/i18n';
import type { SupportBundle } from '@/utils/diagnostics/types';
import { DocumentSource } from './DocumentSource';
import { FeedSource } from './FeedSource';
import { IndicatorsSource } from './IndicatorsSource';
import { SectionsSource } from './SectionsSource';
import './diagnostics.css';

interface Props {
  bundle: SupportBundle | null;
  /** What IT can do about the indicators (send now), shown while they are on. */
  indicatorsActions?: ComponentChildren;
}

/** Every data source, status first. */
export function SourcesPanel({ bundle, indicatorsActions }: Props) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="it-sources-title" data-testid="it-sources">
      <h3 id="it-sources-title">{t('itSourcesTitle')}</h3>
      {bundle === null ? (
        <p aria-busy="true">{t('itLoading')}</p>
      ) : (
        <ul class="it__sources">
          <DocumentSource source={bundle.sources.document} />
          <SectionsSource source={bundle.sources.sections} />
          {bundle.sources.feeds.map((feed) => (
            <FeedSource key={feed.id} feed={feed} />
          ))}
          <IndicatorsSource source={bundle.sources.indicators}>{indicatorsActions}</IndicatorsSource>
        </ul>
      )}
    </section>
  );
}
