import type { ComponentChildren } from 'preact';
import { useI18n } from '@/components/common/i18n';
import type { IndicatorsDiagnostics } from '@/utils/diagnostics/types';
import type { MessageKey } from '@/utils/i18n/translator';
import { Facts } from './Facts';
import { formatWhen } from './format';
import { SourceRow } from './SourceRow';

const OUTCOMES: Record<'sent' | 'retry' | 'refused', MessageKey> = {
  sent: 'itSendSent',
  retry: 'itSendRetry',
  refused: 'itSendRefused',
};

interface Props {
  source: IndicatorsDiagnostics;
  /** What IT can do (send now): shown only while indicators are on. */
  children?: ComponentChildren;
}

/** The indicators: what waits to be sent (counts only), how the last send was answered, and IT's actions. */
export function IndicatorsSource({ source, children }: Props) {
  const { t, language } = useI18n();
  const when = (at: number | undefined) => formatWhen(at, language, t('itNever'));
  const pending = t('itPendingValue', [String(source.pending.days), String(source.pending.events)]);
  const last = source.lastSend;
  const lastText = last
    ? `${when(last.at)} — ${t(OUTCOMES[last.outcome])}${last.status ? ` (HTTP ${last.status})` : ''}`
    : t('itNever');
  return (
    <SourceRow
      id="indicators"
      name={t('itSourceIndicators')}
      level={source.level}
      summary={source.enabled ? pending : t('itNotSet')}
    >
      <Facts
        facts={[
          [t('itPending'), pending],
          [t('itLastSend'), lastText],
          [
            t('itNextAttempt'),
            source.retry?.nextAttemptAt === undefined ? undefined : when(source.retry.nextAttemptAt),
          ],
        ]}
      />
      {source.enabled && children}
    </SourceRow>
  );
}
