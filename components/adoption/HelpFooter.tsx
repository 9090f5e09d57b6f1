import { useI18n } from '@/components/common/i18n';
import { useAfterFirstFrame } from '@/components/common/use-after-first-frame';
import { hotlineFormUrl, mailtoHref, telHref } from '@/utils/adoption/links';
import type { PopupSnapshot } from '@/utils/snapshot/types';
import { ExternalLink } from '../common/ExternalLink';
import { diagnosticsFor } from './diagnostics';
import { FeedbackLink } from './FeedbackLink';

interface Props {
  snapshot: PopupSnapshot;
  /** "chrome", "firefox" or "edge", for the diagnostics. */
  browserName: string;
}

/**
 * Help, tutorials, the hotline (pre-filled with the diagnostics), feedback, the settings and the keyboard
 * shortcuts: one menu in the popup's header (a disclosure: Enter or Space opens it), not a row of links.
 * Its panel, closed at first, is built after the first frame: with the diagnostics it took 1.5 ms of the popup's
 * 5 ms first render (timed in the page over 20 openings), for nothing in view.
 */
export function HelpFooter(props: Props) {
  const { t } = useI18n();
  const panelBuilt = useAfterFirstFrame();
  return (
    <details class="popup-menu" data-testid="help-footer">
      <summary class="button">{t('popupMenu')}</summary>
      {panelBuilt && <HelpMenuPanel {...props} />}
    </details>
  );
}

function HelpMenuPanel({ snapshot, browserName }: Props) {
  const { t } = useI18n();
  const { help, allowedInsecureOrigins } = snapshot.adoption;
  const diagnostics = diagnosticsFor(snapshot, browserName, t);
  const tel = help.hotlinePhone ? telHref(help.hotlinePhone) : null;
  const mail = help.hotlineEmail ? mailtoHref(help.hotlineEmail, t('adoptionHotlineSubject'), diagnostics) : null;
  const form = help.hotlineUrl ? hotlineFormUrl(help.hotlineUrl, diagnostics, allowedInsecureOrigins) : null;
  const entries = [
    help.help && <ExternalLink href={help.help}>{t('adoptionHelp')}</ExternalLink>,
    help.tutorials && <ExternalLink href={help.tutorials}>{t('adoptionTutorials')}</ExternalLink>,
    tel && help.hotlinePhone && <a href={tel}>{t('adoptionHotlinePhone', help.hotlinePhone)}</a>,
    mail && <a href={mail}>{t('adoptionHotlineEmail')}</a>,
    form && <ExternalLink href={form}>{t('adoptionHotlineForm')}</ExternalLink>,
    help.feedback && (
      <FeedbackLink template={help.feedback} origins={allowedInsecureOrigins} context={{ kind: 'suggestTool' }} />
    ),
    help.feedback && (
      <FeedbackLink
        template={help.feedback}
        origins={allowedInsecureOrigins}
        context={{ kind: 'notFound', query: '' }}
      />
    ),
    help.feedback && (
      <FeedbackLink template={help.feedback} origins={allowedInsecureOrigins} context={{ kind: 'general' }} />
    ),
  ].filter(Boolean);
  return (
    <nav class="popup-menu__panel" aria-label={t('adoptionHelpLabel')}>
      <ul>
        {entries.map((entry, index) => (
          <li key={index}>{entry}</li>
        ))}
        <li>
          <a href="/options.html" target="_blank" rel="noopener">
            {t('popupSettings')}
          </a>
        </li>
      </ul>
      <p class="popup-menu__keys">{t('popupShortcuts')}</p>
    </nav>
  );
}
