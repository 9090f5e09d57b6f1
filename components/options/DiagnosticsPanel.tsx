import { useI18n } from '@/components/common/i18n';
import { formatWhen } from '@/components/diagnostics/format';
import type { Diagnostics } from '@/utils/config/diagnostics';
import type { SyncState } from '@/utils/config/slice';
import type { MessageKey } from '@/utils/i18n/translator';
import { FeatureRollout } from './FeatureRollout';
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
}

/** What was applied and why: for the user, the hotline and IT. */
export function DiagnosticsPanel({ diagnostics, onRefresh }: Props) {
  const { t, language } = useI18n();
  const when = (timestamp: number | undefined) => formatWhen(timestamp, language, t('configDiagNever'));
  const { sync } = diagnostics;
  return (
    <section class="options__section" aria-labelledby="diagnostics-title" data-testid="diagnostics">
      <h3 id="diagnostics-title">{t('configDiagTitle')}</h3>
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
      <h4>{t('configDiagIssuesTitle', String(diagnostics.issues.length))}</h4>
      <IssuesList issues={diagnostics.issues} />
      <StorageRepairsList repairs={diagnostics.storageRepairs ?? []} />
      <h4>{t('configDiagSettingsTitle')}</h4>
      <SettingsTable settings={diagnostics.settings} />
      <FeatureRollout decisions={diagnostics.features ?? []} />
      <p class="options__note">{t('configDiagAdminNote')}</p>
    </section>
  );
}
