import { useI18n } from '@/components/common/i18n';
import type { HelpLinks } from '@/utils/adoption/slice';
import { ExternalLink } from '../common/ExternalLink';

/** Tutorials and help, when the organisation has published them; onFollow: one of them was opened. */
export function LearnSection({ help, onFollow }: { help: HelpLinks; onFollow?: () => void }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="welcome-learn">
      <h2 id="welcome-learn">{t('adoptionLearnTitle')}</h2>
      {help.tutorials || help.help ? (
        <ul>
          {help.tutorials && (
            <li>
              <ExternalLink href={help.tutorials} onClick={onFollow}>
                {t('adoptionTutorials')}
              </ExternalLink>
            </li>
          )}
          {help.help && (
            <li>
              <ExternalLink href={help.help} onClick={onFollow}>
                {t('adoptionHelp')}
              </ExternalLink>
            </li>
          )}
        </ul>
      ) : (
        <p>{t('adoptionLearnNone')}</p>
      )}
    </section>
  );
}
