import { useI18n } from '@/components/common/i18n';
import type { ConfigIssue } from '@/utils/config/effective';
import { sourceKey } from './SettingsTable';

/** The refused values: source, path and why (the messages are in English, for the hotline and IT). */
export function IssuesList({ issues }: { issues: ConfigIssue[] }) {
  const { t } = useI18n();
  if (issues.length === 0) return <p data-testid="config-issues">{t('configDiagNoIssues')}</p>;
  return (
    <ul class="options__issues" data-testid="config-issues">
      {issues.map((issue, index) => (
        <li key={`${issue.source}:${issue.path}:${index}`} data-path={issue.path} data-source={issue.source}>
          <span class="options__badge">{t(sourceKey(issue.source))}</span> <code>{issue.path}</code>{' '}
          <span lang="en">{issue.message}</span>
        </li>
      ))}
    </ul>
  );
}
