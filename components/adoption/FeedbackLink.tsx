import { useI18n } from '@/components/common/i18n';
import { type FeedbackContext, feedbackUrl } from '@/utils/adoption/links';
import type { MessageKey } from '@/utils/i18n/translator';
import { ExternalLink } from '../common/ExternalLink';

const LABELS: Record<FeedbackContext['kind'], MessageKey> = {
  suggestTool: 'adoptionFeedbackSuggestTool',
  notFound: 'adoptionFeedbackNotFound',
  wrongLink: 'adoptionFeedbackWrongLink',
  general: 'adoptionFeedbackGeneral',
};

interface Props {
  /** links.feedback as published in the adoption slice (already checked); nothing renders without it. */
  template: string | undefined;
  context: FeedbackContext;
  /** The adoption slice's allowedInsecureOrigins. */
  origins: readonly string[];
  onClick?: () => void;
}

/**
 * "Suggest a tool", "I didn't find…", "This link is wrong": a link to the organisation's feedback form with
 * the context filled in. Usable by any panel, e.g. the search (notFound + the query) or a tool (wrongLink).
 */
export function FeedbackLink({ template, context, origins, onClick }: Props) {
  const { t } = useI18n();
  const href = template ? feedbackUrl(template, context, origins) : null;
  if (!href) return null;
  return (
    <ExternalLink href={href} onClick={onClick}>
      {t(LABELS[context.kind])}
    </ExternalLink>
  );
}
