import { useI18n } from '@/components/common/i18n';
import type { CharterView } from '@/utils/adoption/slice';
import type { Connector } from '@/utils/connector/connector';
import { ExternalLink } from './ExternalLink';

interface Props {
  charter: CharterView | null;
  connector: Connector;
}

/** Shown in the popup until the configured version of the usage charter is accepted. */
export function CharterBanner({ charter, connector }: Props) {
  const { t } = useI18n();
  if (!charter || charter.acknowledged) return null;
  return (
    <section class="adoption-banner" aria-labelledby="adoption-charter-banner" data-testid="charter-banner">
      <p id="adoption-charter-banner">
        {charter.version ? t('adoptionCharterBannerVersion', charter.version) : t('adoptionCharterBanner')}
      </p>
      <p class="adoption-banner__actions">
        <ExternalLink href={charter.url}>{t('adoptionCharterRead')}</ExternalLink>
        <button type="button" onClick={() => void connector.send('acknowledgeCharter', { version: charter.version })}>
          {t('adoptionCharterBannerAccept')}
        </button>
      </p>
    </section>
  );
}
