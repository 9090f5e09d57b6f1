import { useI18n } from '@/components/common/i18n';
import type { SectionsDiagnostics } from '@/utils/diagnostics/types';
import { Code, Facts } from './Facts';
import { formatWhen } from './format';
import { RowIssues } from './RowIssues';
import { SourceRow } from './SourceRow';

/** The sections index: how the file was read, what was refused and why, and what the redirect rules cover. */
export function SectionsSource({ source }: { source: SectionsDiagnostics }) {
  const { t, language } = useI18n();
  const when = (at: number | undefined) => formatWhen(at, language, t('itNever'));
  const counts = t('itSectionsCounts', [String(source.entryCount), String(source.issueCount)]);
  const failing = source.sync.state === 'refused' || source.sync.state === 'unreachable';
  const summary = failing && source.sync.detail ? `${counts} — ${source.sync.detail}` : counts;
  const columns = source.source?.columns
    ?.map(
      ({ header, field, fallback }) =>
        `${header || '?'} → ${field ?? t('itIgnored')}${fallback ? ` (${t('itColumnFallback')})` : ''}`,
    )
    .join(' · ');
  const { guidance } = source;
  const encoding = source.source?.encoding;
  return (
    <SourceRow id="sections" name={t('itSourceSections')} level={source.level} summary={summary}>
      <Facts
        facts={[
          [t('itUrl'), source.url && <Code>{source.url}</Code>],
          [t('itFormat'), source.source?.format?.toUpperCase()],
          [
            t('itSeparator'),
            source.source?.separator &&
              (source.source.separator === '\t' ? t('itSeparatorTab') : <Code>{source.source.separator}</Code>),
          ],
          [
            t('itEncoding'),
            encoding && (
              <>
                <Code>{encoding.name}</Code>
                {encoding.from === 'guess' &&
                  ` — ${t(encoding.name === 'windows-1252' ? 'itEncodingGuessed' : 'itEncodingGuessedOther')}`}
              </>
            ),
          ],
          [t('itColumns'), columns],
          [t('itEntries'), source.entryCount],
          [t('itLastSuccess'), when(source.sync.lastSuccessAt)],
          [
            t('itLastFailure'),
            source.sync.lastFailureAt === undefined ? undefined : (
              <>
                {when(source.sync.lastFailureAt)} — <span lang="en">{source.sync.lastFailure}</span>
              </>
            ),
          ],
          [t('itRules'), t('itRulesValue', [String(guidance.ruleCount), String(guidance.ruleLimit)])],
          [
            t('itUncovered', String(guidance.uncoveredCount)),
            guidance.uncovered.length > 0 ? <Code>{guidance.uncovered.join(', ')}</Code> : undefined,
          ],
        ]}
      />
      <RowIssues
        caption={t('itRowsRefused', [String(source.issueCount), String(source.issues.length)])}
        issues={source.issues}
        testId="it-sections-refused"
      />
      <RowIssues
        caption={t('itRowsToCheck', String(source.noticeCount ?? 0))}
        issues={source.notices ?? []}
        testId="it-sections-notices"
      />
    </SourceRow>
  );
}
