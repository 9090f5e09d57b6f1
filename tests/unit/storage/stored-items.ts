/** Every stored item and IndexedDB database, for the format fingerprint and the garbage property tests. */
import { charterAcknowledgementItem, welcomeShownItem, whatsNewItem } from '@/utils/adoption/storage';
import { panelOnClickItem } from '@/utils/companion/side-panel';
import { configDocumentItem, syncStatusItem } from '@/utils/config/document-store';
import { effectiveConfigItem } from '@/utils/config/storage';
import { userSettingsItem } from '@/utils/config/user-settings';
import { indicatorsOutboxItem, lastIndicatorsSendItem, pendingIndicatorsItem } from '@/utils/indicators/storage';
import { personalItem } from '@/utils/launcher/personal-storage';
import { notificationsItem } from '@/utils/news/notifications-storage';
import { NEWS_DB_NAME, NEWS_DB_VERSION } from '@/utils/news/store';
import { deviceRingItem } from '@/utils/rollout/storage';
import { SECTIONS_DB_NAME, SECTIONS_DB_VERSION } from '@/utils/sections/store';
import { popupSnapshotItem } from '@/utils/snapshot/storage';
import { storageRepairsItem } from '@/utils/storage-health/repairs';

export const HEALED_ITEMS = [
  charterAcknowledgementItem,
  welcomeShownItem,
  whatsNewItem,
  configDocumentItem,
  syncStatusItem,
  effectiveConfigItem,
  userSettingsItem,
  indicatorsOutboxItem,
  lastIndicatorsSendItem,
  pendingIndicatorsItem,
  personalItem,
  notificationsItem,
  popupSnapshotItem,
  deviceRingItem,
  panelOnClickItem,
];

/** The repairs log is a plain item (it is read with its own check: healing it would log into itself). */
export const ITEM_VERSIONS: Record<string, number> = {
  ...Object.fromEntries(HEALED_ITEMS.map((item) => [item.key, item.version])),
  [storageRepairsItem.key]: 1,
};

export const IDB_VERSIONS: Record<string, number> = {
  [NEWS_DB_NAME]: NEWS_DB_VERSION,
  [SECTIONS_DB_NAME]: SECTIONS_DB_VERSION,
};
