import { useCallback, useEffect, useState } from 'preact/hooks';
import { useI18n } from '@/components/common/i18n';
import type { Connector } from '@/utils/connector/connector';
import { formatTime } from '@/utils/i18n/format';
import type { PendingIndicatorsView } from '@/utils/indicators/protocol';
import { IndicatorsPaths } from './IndicatorsPaths';

/** The options page's "what is measured": the rules, and the exact batch waiting to be sent. */
export function IndicatorsPreview({ connector }: { connector: Connector }) {
  const { t, language } = useI18n();
  const [view, setView] = useState<PendingIndicatorsView | null>(null);
  const load = useCallback(() => {
    connector
      .send('getPendingIndicators')
      .then(setView)
      .catch(() => undefined);
  }, [connector]);
  useEffect(load, [load]);

  return (
    <section aria-labelledby="indicators-title" data-testid="indicators-preview">
      <h2 id="indicators-title">{t('indicatorsTitle')}</h2>
      <p>{t('indicatorsExplain')}</p>
      {view === null ? (
        <p aria-busy="true">{t('indicatorsLoading')}</p>
      ) : !view.enabled ? (
        <p data-testid="indicators-off">{t('indicatorsOff')}</p>
      ) : (
        <>
          {view.endpoint && <p>{t('indicatorsEndpoint', view.endpoint)}</p>}
          <p>{view.allowQueryText ? t('indicatorsQueryTextAllowed') : t('indicatorsQueryTextRefused')}</p>
          <IndicatorsPaths view={view} />
          {view.retry && (
            <p>{t('indicatorsRetry', [String(view.retry.attempts), formatTime(view.retry.nextAttemptAt, language)])}</p>
          )}
          {view.batch ? (
            <>
              <p id="indicators-batch-label">{t('indicatorsPendingBatch')}</p>
              <pre
                class="indicators-batch"
                data-testid="indicators-batch"
                // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable block must take the focus to scroll by keyboard.
                tabIndex={0}
              >
                {JSON.stringify(view.batch, null, 2)}
              </pre>
            </>
          ) : (
            <p>{t('indicatorsNothingPending')}</p>
          )}
        </>
      )}
      <button type="button" onClick={load}>
        {t('indicatorsRefresh')}
      </button>
    </section>
  );
}
