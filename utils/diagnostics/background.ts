/** The diagnostics capability in the background: answers the options page with the support bundle. */
import { browser } from 'wxt/browser';
import { CONFIG_ALARM, diagnostics, receivedPolicyValues } from '../config/background';
import { configDocumentItem, syncStatusItem } from '../config/document-store';
import { effectiveConfigItem } from '../config/storage';
import { browserLanguage } from '../i18n/browser-translator';
import { indicatorsOutboxItem, lastIndicatorsSendItem, pendingIndicatorsItem } from '../indicators/storage';
import { handleMessage } from '../messaging/handle';
import { listFeedStates, openNewsDb } from '../news/store';
import { popupSnapshotItem } from '../snapshot/storage';
import { buildSupportBundle } from './bundle';
import { collectSources } from './collect';

async function feeds() {
  const db = await openNewsDb();
  try {
    const states = await listFeedStates(db);
    const counts = await Promise.all(
      states.map(async (state) => [state.feedId, await db.countFromIndex('items', 'feedId', state.feedId)] as const),
    );
    return { states, itemCounts: Object.fromEntries(counts) };
  } finally {
    db.close();
  }
}

export function startDiagnostics(): void {
  handleMessage('getSupportBundle', async () => {
    const [config, policyValues, sources] = await Promise.all([
      diagnostics(),
      receivedPolicyValues(),
      collectSources({
        config: () => effectiveConfigItem.getValue(),
        syncStatus: () => syncStatusItem.getValue(),
        storedDocument: () => configDocumentItem.getValue(),
        nextConfigFetchAt: async () => (await browser.alarms.get(CONFIG_ALARM))?.scheduledTime,
        sections: async () => (await popupSnapshotItem.getValue()).sections,
        feeds,
        indicators: async () => ({
          pending: await pendingIndicatorsItem.getValue(),
          outbox: await indicatorsOutboxItem.getValue(),
          lastSend: await lastIndicatorsSendItem.getValue(),
        }),
        now: Date.now,
        language: browserLanguage(),
      }),
    ]);
    return buildSupportBundle({ diagnostics: config, policyValues, sources });
  });
}
