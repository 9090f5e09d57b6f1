import { useI18n } from '@/components/common/i18n';
import type { SourceLevel } from '@/utils/diagnostics/types';
import type { MessageKey } from '@/utils/i18n/translator';

const WORDS: Record<SourceLevel, MessageKey> = {
  ok: 'itLevelOk',
  warning: 'itLevelWarning',
  error: 'itLevelError',
  off: 'itLevelOff',
};
const SYMBOLS: Record<SourceLevel, string> = { ok: '✓', warning: '!', error: '✕', off: '–' };

/** The state as a word and a symbol; the colour only repeats them. */
export function LevelBadge({ level }: { level: SourceLevel }) {
  const { t } = useI18n();
  return (
    <span class={`it__level it__level--${level}`} data-level={level}>
      <span aria-hidden="true">{SYMBOLS[level]}</span> {t(WORDS[level])}
    </span>
  );
}
