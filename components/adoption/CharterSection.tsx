import { useI18n } from '@/components/common/i18n';
import type { CharterView } from '@/utils/adoption/slice';
import type { Connector } from '@/utils/connector/connector';
import { ExternalLink } from '../common/ExternalLink';

interface Props {
  charter: CharterView;
  connector: Connector;
}

/** The usage charter on the welcome page: a link to read it and the acceptance, remembered per version. */
export function CharterSection({ charter, connector }: Props) {
  const { t } = useI18n();
  const { version } = charter;
  return (
    <section aria-labelledby="welcome-charter" data-testid="charter">
      <h2 id="welcome-charter">{t('adoptionCharterTitle')}</h2>
      <p>{version ? t('adoptionCharterAskVersion', version) : t('adoptionCharterAsk')}</p>
      <p>
        <ExternalLink href={charter.url}>{t('adoptionCharterRead')}</ExternalLink>
      </p>
      {charter.acknowledged ? (
        <p role="status" data-testid="charter-accepted">
          {version ? t('adoptionCharterAcceptedVersion', version) : t('adoptionCharterAccepted')}
        </p>
      ) : (
        <p>
          <button
            type="button"
            class="welcome__primary"
            onClick={() => void connector.send('acknowledgeCharter', { version })}
          >
            {t('adoptionCharterAccept')}
          </button>
        </p>
      )}
    </section>
  );
}
