import { useI18n } from '@/components/common/i18n';
import type { FeatureName } from '@/utils/config/effective';
import type { Connector } from '@/utils/connector/connector';
import type { MessageKey } from '@/utils/i18n/translator';

const NOTE_KEYS: Record<FeatureName, MessageKey> = {
  launcher: 'adoptionWhatsNewLauncher',
  news: 'adoptionWhatsNewNews',
  notifications: 'adoptionWhatsNewNotifications',
  sectionsSearch: 'adoptionWhatsNewSectionsSearch',
  relocationGuidance: 'adoptionWhatsNewRelocationGuidance',
  omnibox: 'adoptionWhatsNewOmnibox',
  onboarding: 'adoptionWhatsNewOnboarding',
  indicators: 'adoptionWhatsNewIndicators',
  sidePanel: 'adoptionWhatsNewSidePanel',
};

interface Props {
  features: FeatureName[];
  connector: Connector;
}

/** One short note per feature IT turned on; dismissed, it never comes back. */
export function WhatsNewNotes({ features, connector }: Props) {
  const { t } = useI18n();
  if (features.length === 0) return null;
  return (
    <section class="adoption-whats-new" aria-label={t('adoptionWhatsNewLabel')} data-testid="whats-new">
      <ul>
        {features.map((feature) => (
          <li key={feature} data-feature={feature}>
            <span>{t(NOTE_KEYS[feature])}</span>
            <button type="button" onClick={() => void connector.send('dismissWhatsNew', { feature })}>
              {t('adoptionWhatsNewDismiss')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
