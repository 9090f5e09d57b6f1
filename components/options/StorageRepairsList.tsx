import { useI18n } from '@/components/common/i18n';
import { formatDateTime } from '@/utils/i18n/format';
import type { StorageRepair } from '@/utils/storage-health/repairs';

/** Stored values found damaged and dropped when read: where, why and when (the reasons are in English). */
export function StorageRepairsList({ repairs }: { repairs: StorageRepair[] }) {
  const { t, language } = useI18n();
  return (
    <>
      <h3>{t('storageRepairsTitle', String(repairs.length))}</h3>
      {repairs.length === 0 ? (
        <p data-testid="storage-repairs">{t('storageRepairsNone')}</p>
      ) : (
        <ul class="options__issues" data-testid="storage-repairs">
          {repairs.map((repair, index) => (
            <li key={`${repair.at}:${repair.key}:${repair.path}:${index}`} data-key={repair.key}>
              {formatDateTime(repair.at, language)} <code>{repair.key}</code> <code>{repair.path}</code>{' '}
              <span lang="en">{repair.reason}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
