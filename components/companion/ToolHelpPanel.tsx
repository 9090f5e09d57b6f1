import { ExternalLink } from '@/components/common/ExternalLink';
import { useI18n } from '@/components/common/i18n';
import { telHref } from '@/utils/adoption/links';
import type { AdoptionSlice } from '@/utils/adoption/slice';
import type { PageHelp } from '@/utils/companion/help-view';
import { localize } from '@/utils/i18n/localized-text';
import { SuggestionLinks } from './SuggestionLinks';

interface ToolHelpPanelProps {
  help: PageHelp;
  adoption: AdoptionSlice;
}

/** Help for the page on screen: how-to, tutorials, known issues, the tool's hotline, and suggestions. */
export function ToolHelpPanel({ help, adoption }: ToolHelpPanelProps) {
  const { t, language } = useI18n();
  const label = localize(help.label, language);
  const tel = help.hotline.phone ? telHref(help.hotline.phone) : null;
  const hasHotline = tel !== null || help.hotline.email !== undefined || help.hotline.url !== undefined;
  return (
    <section class="tool-help" aria-labelledby="tool-help-title" data-testid="tool-help" data-help-id={help.id}>
      <h2 id="tool-help-title" class="tool-help__title">
        {help.kind === 'tool' ? t('companionHelpTitle', label) : t('companionSectionTitle', label)}
      </h2>
      {help.howTo && <p class="tool-help__how">{localize(help.howTo, language)}</p>}
      {help.kind === 'section' && (help.oldUrls?.length ?? 0) > 0 && <p>{t('companionSectionOld')}</p>}
      {help.knownIssues.length > 0 && (
        <>
          <h3 class="tool-help__sub">{t('companionKnownIssues')}</h3>
          <ul data-testid="tool-help-issues">
            {help.knownIssues.map((issue) => (
              <li key={localize(issue, language)}>{localize(issue, language)}</li>
            ))}
          </ul>
        </>
      )}
      {help.tutorials.length > 0 && (
        <>
          <h3 class="tool-help__sub">{t('companionTutorials')}</h3>
          <ul data-testid="tool-help-tutorials">
            {help.tutorials.map((tutorial) => (
              <li key={tutorial.url}>
                <ExternalLink href={tutorial.url}>{localize(tutorial.label, language)}</ExternalLink>
              </li>
            ))}
          </ul>
        </>
      )}
      {hasHotline && (
        <p class="tool-help__hotline">
          {t('companionHotline')}
          {tel && (
            <>
              {' '}
              <a href={tel}>{help.hotline.phone}</a>
            </>
          )}
          {help.hotline.email && (
            <>
              {' '}
              <a href={`mailto:${help.hotline.email}`}>{help.hotline.email}</a>
            </>
          )}
          {help.hotline.url && (
            <>
              {' '}
              <ExternalLink href={help.hotline.url}>{help.hotline.url}</ExternalLink>
            </>
          )}
        </p>
      )}
      <SuggestionLinks
        template={adoption.help.feedback}
        version={adoption.version}
        origins={adoption.allowedInsecureOrigins}
        {...(help.kind === 'tool' ? { toolId: help.id } : {})}
        page={help.page}
      />
    </section>
  );
}
