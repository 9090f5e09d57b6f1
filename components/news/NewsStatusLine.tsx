import { useI18n } from '@/components/common/i18n';
import type { MessageKey } from '@/utils/i18n/translator';
import type { NewsStatus } from '@/utils/news/slice';

const MESSAGES: Partial<Record<NewsStatus, MessageKey>> = {
  signedOut: 'newsStatusSignedOut',
  failing: 'newsStatusFailing',
  stale: 'newsStatusStale',
};

interface Props {
  status: NewsStatus;
  signInUrl?: string;
  onRefresh: () => void;
}

/** Says why the list may be old and what to do; the cached news stays visible below it. */
export function NewsStatusLine({ status, signInUrl, onRefresh }: Props) {
  const { t } = useI18n();
  const key = MESSAGES[status];
  return (
    <div class="news__status" role="status" data-testid="news-status" data-status={status}>
      {key && <p>{t(key)}</p>}
      {key && (
        <p class="news__status-actions">
          {status === 'signedOut' && signInUrl && (
            <a href={signInUrl} target="_blank" rel="noopener noreferrer">
              {t('newsSignIn')}
            </a>
          )}
          <button type="button" onClick={onRefresh}>
            {t('newsRefresh')}
          </button>
        </p>
      )}
    </div>
  );
}
