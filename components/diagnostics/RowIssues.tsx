import { useI18n } from '@/components/common/i18n';
import type { RowIssue } from '@/utils/sections/index-issues';

/** Refused (or flagged) rows: number, id and reason, as a table. The reasons are in English, for IT. */
export function RowIssues({ caption, issues, testId }: { caption: string; issues: RowIssue[]; testId: string }) {
  const { t } = useI18n();
  if (issues.length === 0) return null;
  return (
    <table class="it__table" data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('itRow')}</th>
          <th scope="col">{t('itId')}</th>
          <th scope="col">{t('itReason')}</th>
        </tr>
      </thead>
      <tbody>
        {issues.map((issue) => (
          <tr key={`${issue.row}:${issue.reason}`} data-row={issue.row}>
            <th scope="row">{issue.row}</th>
            <td>{issue.id ?? '—'}</td>
            <td lang="en">{issue.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
