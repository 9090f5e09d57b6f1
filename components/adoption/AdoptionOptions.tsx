import { useI18n } from '@/components/common/i18n';
import { useSnapshot } from '@/components/common/use-snapshot';
import type { Connector } from '@/utils/connector/connector';
import { ExternalLink } from '../common/ExternalLink';
import { IndicatorsPreview } from './IndicatorsPreview';
import './adoption.css';
import './adoption-pages.css';

/** The options page's adoption part: the welcome page again, the charter's state, and what is measured. */
export function AdoptionOptions({ connector }: { connector: Connector }) {
  const { t } = useI18n();
  const charter = useSnapshot(connector)?.adoption.charter;
  return (
    <>
      <section aria-labelledby="adoption-options-title" data-testid="adoption-options">
        <h2 id="adoption-options-title">{t('adoptionOptionsTitle')}</h2>
        {charter && (
          <p>
            {charter.acknowledged
              ? charter.version
                ? t('adoptionCharterAcceptedVersion', charter.version)
                : t('adoptionCharterAccepted')
              : t('adoptionOptionsCharterPending')}{' '}
            <ExternalLink href={charter.url}>{t('adoptionCharterRead')}</ExternalLink>
          </p>
        )}
        <button type="button" onClick={() => void connector.send('openWelcome').catch(() => undefined)}>
          {t('adoptionOpenWelcome')}
        </button>
      </section>
      <IndicatorsPreview connector={connector} />
    </>
  );
}
