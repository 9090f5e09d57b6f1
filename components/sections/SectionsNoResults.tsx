import { useI18n } from '@/components/common/i18n';
import type { ConfigDocument } from '@/utils/config/schema';
import { type HotlineFill, helpLinksFor } from '@/utils/sections/no-results';
import './sections.css';

interface Props {
  query: string;
  links: NonNullable<ConfigDocument['links']>;
  hotline: HotlineFill;
}

/** What the search box shows when nothing matches: say so kindly, and offer the hotline and the editors. */
export function SectionsNoResults({ query, links, hotline }: Props) {
  const { t } = useI18n();
  const help = helpLinksFor(query, links, hotline);
  return (
    <div class="sections-empty" data-testid="sections-no-results">
      <p class="sections-empty__title">{t('sectionsNoResultsTitle', query)}</p>
      <p>{t('sectionsNoResultsHelp')}</p>
      <ul class="sections-empty__links">
        {help.feedback && (
          <li>
            <a href={help.feedback} target="_blank" rel="noopener noreferrer">
              {t('sectionsTellEditors')}
            </a>
          </li>
        )}
        {help.hotline && (
          <li>
            <a href={help.hotline} target="_blank" rel="noopener noreferrer">
              {t('sectionsAskHotline')}
            </a>
          </li>
        )}
        {help.phone && (
          <li>
            <a href={help.phone.href}>{t('sectionsCallHotline', help.phone.label)}</a>
          </li>
        )}
      </ul>
    </div>
  );
}
