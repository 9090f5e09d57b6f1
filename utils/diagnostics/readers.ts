/** Where the background reads each source's state: storage, the popup snapshot and the news database. */
import { browser } from 'wxt/browser';
import { CONFIG_ALARM } from '../config/background';
import { configDocumentItem, syncStatusItem } from '../config/document-store';
import { effectiveConfigItem } from '../config/storage';
import type { Language } from '../i18n/translator';
import { indicatorsOutboxItem, lastIndicatorsSendItem, pendingIndicatorsItem } from '../indicators/storage';
import { listFeedStates, openNewsDb } from '../news/store';
import { readPublishedSnapshot } from '../snapshot/publish';
import type { SourceReaders } from './collect';

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

export function storageReaders(language: Language, now: () => number = Date.now): SourceReaders {
  return {
    config: () => effectiveConfigItem.getValue(),
    syncStatus: () => syncStatusItem.getValue(),
    storedDocument: () => configDocumentItem.getValue(),
    nextConfigFetchAt: async () => (await browser.alarms.get(CONFIG_ALARM))?.scheduledTime,
    sections: async () => (await readPublishedSnapshot()).sections,
    feeds,
    indicators: async () => ({
      pending: await pendingIndicatorsItem.getValue(),
      outbox: await indicatorsOutboxItem.getValue(),
      lastSend: await lastIndicatorsSendItem.getValue(),
    }),
    now,
    language,
  };
}
