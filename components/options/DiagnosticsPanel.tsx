import { useI18n } from '@/components/common/i18n';
import type { Diagnostics } from '@/utils/config/diagnostics';
import type { SyncState } from '@/utils/config/slice';
import type { MessageKey } from '@/utils/i18n/translator';
import { CopyDiagnosticsButton, type WriteClipboard } from './CopyDiagnosticsButton';
import { IssuesList } from './IssuesList';
import { SettingsTable } from './SettingsTable';
import { StorageRepairsList } from './StorageRepairsList';

const SYNC_KEYS: Record<SyncState, MessageKey> = {
  ok: 'configSyncOk',
  never: 'configSyncNever',
  stale: 'configSyncStale',
  unreachable: 'configSyncUnreachable',
  signedOut: 'configSyncSignedOut',
};

interface Props {
  diagnostics: Diagnostics;
  onRefresh: () => void;
  writeClipboard?: WriteClipboard;
}

/** What was applied and why: for the user, the hotline and IT. */
export function DiagnosticsPanel({ diagnostics, onRefresh, writeClipboard }: Props) {
  const { t, language } = useI18n();
  const when = (timestamp: number | undefined) =>
    timestamp === undefined
      ? t('configDiagNever')
      : new Date(timestamp).toLocaleString(language === 'fr' ? 'fr-FR' : 'en-GB');
  const { sync } = diagnostics;
  return (
    <section class="options__section" aria-labelledby="diagnostics-title" data-testid="diagnostics">
      <h2 id="diagnostics-title">{t('configDiagTitle')}</h2>
      <dl class="options__facts">
        <dt>{t('configDiagVersion')}</dt>
        <dd data-testid="diag-version">{diagnostics.version}</dd>
        <dt>{t('configDiagIds')}</dt>
        <dd>
          <code>{diagnostics.extensionId}</code> ({t('configDiagChromiumId')} <code>{diagnostics.chromiumId}</code>,{' '}
          {t('configDiagGeckoId')} <code>{diagnostics.geckoId}</code>)
        </dd>
        <dt>{t('configDiagPolicy')}</dt>
        <dd data-testid="diag-policy">
          {diagnostics.policy.present
            ? t('configDiagPolicyPresent', diagnostics.policy.keys.join(', '))
            : t('configDiagPolicyNone')}
        </dd>
        <dt>{t('configDiagDocument')}</dt>
        <dd>
          <code>{sync.url ?? '—'}</code>
        </dd>
        <dt>{t('configDiagSyncState')}</dt>
        <dd data-testid="diag-sync" data-state={sync.state}>
          {t(SYNC_KEYS[sync.state])}
          {sync.detail ? <span lang="en"> — {sync.detail}</span> : null}
        </dd>
        <dt>{t('configDiagLastFetch')}</dt>
        <dd>{when(sync.lastAttemptAt)}</dd>
        <dt>{t('configDiagLastSuccess')}</dt>
        <dd>{when(sync.lastSuccessAt)}</dd>
        <dt>{t('configDiagNextFetch')}</dt>
        <dd>{when(sync.nextFetchAt)}</dd>
      </dl>
      <p>
        <button type="button" id="refresh-config" onClick={onRefresh}>
          {t('configDiagRefresh')}
        </button>
      </p>
      <CopyDiagnosticsButton diagnostics={diagnostics} {...(writeClipboard ? { writeClipboard } : {})} />
      <h3>{t('configDiagIssuesTitle', String(diagnostics.issues.length))}</h3>
      <IssuesList issues={diagnostics.issues} />
      <StorageRepairsList repairs={diagnostics.storageRepairs ?? []} />
      <h3>{t('configDiagSettingsTitle')}</h3>
      <SettingsTable settings={diagnostics.settings} />
      <p class="options__note">{t('configDiagAdminNote')}</p>
    </section>
  );
}
