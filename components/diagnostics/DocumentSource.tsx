import { useI18n } from '@/components/common/i18n';
import type { DocumentDiagnostics } from '@/utils/diagnostics/types';
import { Code, Facts } from './Facts';
import { formatWhen } from './format';
import { SourceRow } from './SourceRow';

/** The configuration document: where, when, how it answered, and what it set that was refused. */
export function DocumentSource({ source }: { source: DocumentDiagnostics }) {
  const { t, language } = useI18n();
  const when = (at: number | undefined) => formatWhen(at, language, t('itNever'));
  const summary = source.detail ?? (source.url ? t('itRefusalCount', String(source.refusals.length)) : t('itNotSet'));
  return (
    <SourceRow id="document" name={t('itSourceDocument')} level={source.level} summary={summary}>
      <Facts
        facts={[
          [t('itUrl'), source.url && <Code>{source.url}</Code>],
          [t('itLastAttempt'), when(source.lastAttemptAt)],
          [t('itLastSuccess'), when(source.lastSuccessAt)],
          [t('itNextAttempt'), when(source.nextFetchAt)],
          [t('itHttpStatus'), source.httpStatus],
          [
            t('itValidators'),
            source.validators.etag || source.validators.lastModified ? (
              <Code>{[source.validators.etag, source.validators.lastModified].filter(Boolean).join(' · ')}</Code>
            ) : undefined,
          ],
          [t('itKept'), source.kept && when(source.kept.fetchedAt)],
        ]}
      />
      {source.refusals.length > 0 && (
        <ul class="it__list" data-testid="it-document-refusals">
          {source.refusals.map((issue) => (
            <li key={`${issue.source}:${issue.path}:${issue.message}`}>
              <Code>{issue.path}</Code> <span lang="en">{issue.message}</span>
            </li>
          ))}
        </ul>
      )}
    </SourceRow>
  );
}
