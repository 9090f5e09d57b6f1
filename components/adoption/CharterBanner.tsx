import { useI18n } from '@/components/common/i18n';
import type { CharterView } from '@/utils/adoption/slice';
import type { Connector } from '@/utils/connector/connector';
import { ExternalLink } from '../common/ExternalLink';

interface Props {
  charter: CharterView | null;
  connector: Connector;
}

/** A compact bar at the popup's top, shown until the configured version of the usage charter is accepted. */
export function CharterBanner({ charter, connector }: Props) {
  const { t } = useI18n();
  if (!charter || charter.acknowledged) return null;
  return (
    <section class="charter-bar" aria-labelledby="adoption-charter-banner" data-testid="charter-banner">
      <p id="adoption-charter-banner" class="charter-bar__text">
        {charter.version ? t('adoptionCharterBannerVersion', charter.version) : t('adoptionCharterBanner')}
      </p>
      <ExternalLink href={charter.url}>{t('adoptionCharterRead')}</ExternalLink>
      <button
        type="button"
        class="button button--primary"
        onClick={() => void connector.send('acknowledgeCharter', { version: charter.version })}
      >
        {t('adoptionCharterBannerAccept')}
      </button>
    </section>
  );
}
