import { useI18n } from '@/components/common/i18n';
import type { SyncState } from '@/utils/config/slice';
import type { MessageKey } from '@/utils/i18n/translator';

const MESSAGES: Partial<Record<SyncState, MessageKey>> = {
  stale: 'launcherStatusStale',
  unreachable: 'launcherStatusUnreachable',
  signedOut: 'launcherStatusSignedOut',
  never: 'launcherStatusNever',
};

/** One short line when the tools shown may not be the ESN's latest; nothing when all is well. */
export function StatusLine({ state }: { state: SyncState }) {
  const { t } = useI18n();
  const key = MESSAGES[state];
  return (
    <p class="launcher__status" role="status">
      {key ? t(key) : ''}
    </p>
  );
}
