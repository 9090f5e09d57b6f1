import { useState } from 'preact/hooks';
import { useI18n } from '@/components/common/i18n';
import type { Connector } from '@/utils/connector/connector';
import { formatTime } from '@/utils/i18n/format';
import type { Translate } from '@/utils/i18n/translator';
import type { SendIndicatorsResult } from '@/utils/indicators/protocol';

interface Props {
  connector: Connector;
  /** The send changed what the diagnostics show (pending counts, last send, next attempt). */
  onSent: () => void;
}

type Feedback = { kind: 'sending' } | { kind: 'done'; result: SendIndicatorsResult } | { kind: 'failed'; why: string };

/** The outcome in words: sent, nothing to send, refused and why, kept for a retry, or indicators off. */
function describe(result: SendIndicatorsResult, t: Translate, time: (at: number) => string): string {
  const http = result.status === undefined ? t('itSendNoAnswer') : `HTTP ${result.status}`;
  switch (result.outcome) {
    case 'sent':
      return t('itSendNowSent', http);
    case 'nothing':
      return t('itSendNowNothing');
    case 'refused':
      return t('itSendNowRefused', http);
    case 'retry':
      return result.nextAttemptAt === undefined
        ? t('itSendNowRetry', http)
        : t('itSendNowRetryAt', [http, time(result.nextAttemptAt)]);
    case 'disabled':
      return t('itSendNowDisabled');
  }
}

/** IT's "Send now": the batch waiting, posted at once the way the daily send posts it, and what the ESN answered. */
export function IndicatorsSendNow({ connector, onSent }: Props) {
  const { t, language } = useI18n();
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const sending = feedback?.kind === 'sending';
  const send = () => {
    if (sending) return;
    setFeedback({ kind: 'sending' });
    connector
      .send('sendIndicatorsNow')
      .then((result) => setFeedback({ kind: 'done', result }))
      .catch((error: unknown) => setFeedback({ kind: 'failed', why: String(error) }))
      .finally(onSent);
  };
  const message =
    feedback === null
      ? ''
      : feedback.kind === 'sending'
        ? t('itSendNowSending')
        : feedback.kind === 'failed'
          ? t('itSendNowFailed', feedback.why)
          : describe(feedback.result, t, (at) => formatTime(at, language));
  return (
    <div class="it__action" data-testid="it-indicators-send">
      <p class="options__help">{t('itSendNowHelp')}</p>
      {/* aria-disabled, not disabled: the button keeps the keyboard focus while the send runs. */}
      <button type="button" onClick={send} aria-disabled={sending}>
        {t('itSendNow')}
      </button>
      <p
        role="status"
        aria-live="polite"
        data-testid="it-indicators-send-outcome"
        data-outcome={feedback?.kind === 'done' ? feedback.result.outcome : feedback?.kind}
      >
        {message}
      </p>
    </div>
  );
}
