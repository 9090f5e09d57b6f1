import { useI18n } from '@/components/common/i18n';

/** What Passerelle does, in three short steps. */
export function WelcomeSteps() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="welcome-steps">
      <h2 id="welcome-steps">{t('adoptionStepsTitle')}</h2>
      <ol class="welcome__steps">
        <li>{t('adoptionStepTools')}</li>
        <li>{t('adoptionStepNews')}</li>
        <li>{t('adoptionStepSections')}</li>
      </ol>
    </section>
  );
}
