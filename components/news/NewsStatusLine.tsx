import { useI18n } from '@/components/common/i18n';
import { localize } from '@/utils/i18n/localized-text';
import type { MessageKey } from '@/utils/i18n/translator';
import type { NewsFeedView, NewsStatus } from '@/utils/news/slice';
import { feedProblemText } from './feed-problem';

const MESSAGES: Partial<Record<NewsStatus, MessageKey>> = {
  signedOut: 'newsStatusSignedOut',
  failing: 'newsStatusFailing',
  stale: 'newsStatusStale',
};

interface Props {
  status: NewsStatus;
  /** The feeds: a failing one is named with its reason instead of a generic line. */
  feeds?: NewsFeedView[];
  signInUrl?: string;
  onRefresh: () => void;
}

/** Says why the list may be old and what to do; the cached news stays visible below it. */
export function NewsStatusLine({ status, feeds = [], signInUrl, onRefresh }: Props) {
  const { t, language } = useI18n();
  const key = MESSAGES[status];
  const failing = status === 'failing' ? feeds.filter((feed) => feed.problem) : [];
  return (
    <div class="news__status" role="status" data-testid="news-status" data-status={status}>
      {key && failing.length === 0 && <p>{t(key)}</p>}
      {failing.map((feed) => (
        <p key={feed.id} data-feed={feed.id}>
          {t('newsStatusFeedFailing', [localize(feed.label, language), feedProblemText(feed.problem ?? {}, t)])}
        </p>
      ))}
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
