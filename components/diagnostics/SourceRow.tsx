import type { ComponentChildren } from 'preact';
import { useI18n } from '@/components/common/i18n';
import type { SourceLevel } from '@/utils/diagnostics/types';
import { LevelBadge } from './LevelBadge';

interface Props {
  id: string;
  name: string;
  level: SourceLevel;
  /** One line: what an administrator needs first. */
  summary: string;
  children: ComponentChildren;
}

/** One source: its state first (word, symbol, colour), one line of summary, the details on demand. */
export function SourceRow({ id, name, level, summary, children }: Props) {
  const { t } = useI18n();
  return (
    <li class="it__source" data-testid={`it-source-${id}`} data-level={level}>
      <p class="it__headline">
        <LevelBadge level={level} /> <strong>{name}</strong>
        <span class="it__summary" data-testid="it-summary">
          {summary}
        </span>
      </p>
      <details class="it__details">
        <summary>{t('itDetails', name)}</summary>
        {children}
      </details>
    </li>
  );
}
