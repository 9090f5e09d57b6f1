import { useI18n } from '@/components/common/i18n';
import type { FeedDiagnostics } from '@/utils/diagnostics/types';
import { feedProblemText } from '../news/feed-problem';
import { Code, Facts } from './Facts';
import { formatWhen } from './format';
import { SourceRow } from './SourceRow';

/** One feed: last poll, its answer, items kept, the last error and why, and when it is tried again. */
export function FeedSource({ feed }: { feed: FeedDiagnostics }) {
  const { t, language } = useI18n();
  const when = (at: number | undefined) => formatWhen(at, language, t('itNever'));
  const problem =
    feed.refusal || feed.error
      ? feedProblemText({ refusal: feed.refusal, status: feed.httpStatus, message: feed.error }, t)
      : undefined;
  const summary = problem ?? t('itFeedItems', String(feed.items));
  return (
    <SourceRow id={`feed-${feed.id}`} name={t('itSourceFeed', feed.title)} level={feed.level} summary={summary}>
      <Facts
        facts={[
          [t('itUrl'), <Code key="url">{feed.url}</Code>],
          [t('itLastAttempt'), when(feed.lastAttemptAt)],
          [t('itLastSuccess'), when(feed.lastSuccessAt)],
          [t('itHttpStatus'), feed.httpStatus || undefined],
          [t('itItems'), feed.items],
          [t('itError'), feed.error && <span lang="en">{feed.error}</span>],
          [t('itNextAttempt'), when(feed.nextPollAt)],
          [t('itBackoff'), feed.failures > 0 ? t('itBackoffOn', String(feed.failures)) : t('itBackoffNone')],
        ]}
      />
    </SourceRow>
  );
}
