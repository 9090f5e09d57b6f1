import { useI18n } from '@/components/common/i18n';
import { telHref } from '@/utils/adoption/links';
import type { Connector } from '@/utils/connector/connector';
import type { PopupSnapshot } from '@/utils/snapshot/types';
import { ExternalLink } from '../common/ExternalLink';
import { FeedbackLink } from './FeedbackLink';

interface Props {
  snapshot: PopupSnapshot;
  connector: Connector;
  /** What was searched, carried to the feedback form. */
  query: string;
}

/**
 * A search that found nothing leads somewhere: "I didn't find…" with the words searched, the help page and the
 * hotline's phone. Following one counts the sequence "search with no result → help" (when indicators are on).
 */
export function NoResultHelp({ snapshot, connector, query }: Props) {
  const { t } = useI18n();
  const { help, allowedInsecureOrigins } = snapshot.adoption;
  const followed = () =>
    void connector.send('recordIndicator', { kind: 'sequence', sequence: 'emptySearch>help' }).catch(() => undefined);
  const tel = help.hotlinePhone ? telHref(help.hotlinePhone) : null;
  const entries = [
    help.feedback && (
      <FeedbackLink
        template={help.feedback}
        origins={allowedInsecureOrigins}
        context={{ kind: 'notFound', query }}
        onClick={followed}
      />
    ),
    help.help && (
      <ExternalLink href={help.help} onClick={followed}>
        {t('adoptionHelp')}
      </ExternalLink>
    ),
    tel && help.hotlinePhone && (
      <a href={tel} onClick={followed}>
        {t('adoptionHotlinePhone', help.hotlinePhone)}
      </a>
    ),
  ].filter(Boolean);
  if (entries.length === 0) return null;
  return (
    <ul class="launcher__empty-help" data-testid="no-result-help">
      {entries.map((entry, index) => (
        <li key={index}>{entry}</li>
      ))}
    </ul>
  );
}
