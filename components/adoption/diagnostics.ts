import { type Diagnostics, type DiagnosticsLabels, diagnosticsText } from '@/utils/adoption/links';
import type { Translate } from '@/utils/i18n/translator';
import type { PopupSnapshot } from '@/utils/snapshot/types';

/** The diagnostics the hotline gets, from the snapshot only: version, configuration state, last sync. */
function diagnosticsOf(snapshot: PopupSnapshot, browserName: string): Diagnostics {
  const { sync } = snapshot.config;
  return {
    version: snapshot.adoption.version,
    browser: browserName,
    configured: snapshot.config.configured,
    syncState: sync.state,
    ...(sync.lastSuccessAt !== undefined && { lastSyncAt: sync.lastSuccessAt }),
  };
}

function diagnosticsLabels(t: Translate): DiagnosticsLabels {
  return {
    version: t('adoptionDiagVersion'),
    browser: t('adoptionDiagBrowser'),
    configuration: t('adoptionDiagConfiguration'),
    configured: t('adoptionDiagConfigured'),
    notConfigured: t('adoptionDiagNotConfigured'),
    syncState: t('adoptionDiagSyncState'),
    lastSync: t('adoptionDiagLastSync'),
    never: t('adoptionDiagNever'),
  };
}

export function diagnosticsFor(snapshot: PopupSnapshot, browserName: string, t: Translate): string {
  return diagnosticsText(diagnosticsOf(snapshot, browserName), diagnosticsLabels(t));
}
