import { ExternalLink } from '@/components/common/ExternalLink';
import { useI18n } from '@/components/common/i18n';
import { type SuggestionKind, suggestionUrl } from '@/utils/companion/suggest';
import type { MessageKey } from '@/utils/i18n/translator';

const LABELS: Record<SuggestionKind, MessageKey> = {
  suggestTool: 'companionSuggestTool',
  brokenLink: 'companionBrokenLink',
  missingSection: 'companionMissingSection',
};

interface Props {
  /** links.feedback as published in the adoption slice; nothing renders without it. */
  template: string | undefined;
  version: string;
  origins: readonly string[];
  toolId?: string;
  /** The page's address without query or fragment. */
  page?: string;
}

/** "Suggest a tool", "report a broken link", "this section is missing", each with its context filled in. */
export function SuggestionLinks({ template, version, origins, toolId, page }: Props) {
  const { t } = useI18n();
  const links = (Object.keys(LABELS) as SuggestionKind[]).flatMap((kind) => {
    const href = suggestionUrl(
      template,
      { kind, version, ...(toolId && kind !== 'suggestTool' ? { toolId } : {}), ...(page ? { page } : {}) },
      origins,
    );
    return href ? [{ kind, href }] : [];
  });
  if (links.length === 0) return null;
  return (
    <nav class="suggestions" aria-label={t('companionSuggestLabel')} data-testid="suggestions">
      <ul>
        {links.map(({ kind, href }) => (
          <li key={kind} data-kind={kind}>
            <ExternalLink href={href}>{t(LABELS[kind])}</ExternalLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
