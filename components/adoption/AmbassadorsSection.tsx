import { useI18n } from '@/components/common/i18n';
import type { AdoptionSlice } from '@/utils/adoption/slice';
import { localize } from '@/utils/i18n/localized-text';
import { ExternalLink } from '../common/ExternalLink';

/** The organisation's ambassadors: colleagues to ask first, reached by their page or by e-mail. */
export function AmbassadorsSection({ ambassadors }: { ambassadors: NonNullable<AdoptionSlice['ambassadors']> }) {
  const { t, language } = useI18n();
  const mail = ambassadors.contact.toLowerCase().startsWith('mailto:');
  return (
    <section aria-labelledby="welcome-ambassadors" data-testid="ambassadors">
      <h2 id="welcome-ambassadors">{t('adoptionAmbassadorsTitle')}</h2>
      <p>{t('adoptionAmbassadorsText', localize(ambassadors.name, language))}</p>
      {/* A mail client opens in place: only a page says "new tab". */}
      {mail ? (
        <a href={ambassadors.contact}>{t('adoptionAmbassadorsContact')}</a>
      ) : (
        <ExternalLink href={ambassadors.contact}>{t('adoptionAmbassadorsContact')}</ExternalLink>
      )}
    </section>
  );
}
