import { expect, it } from 'vitest';
import { charterAcknowledgementItem, welcomeShownItem, whatsNewItem } from '@/utils/adoption/storage';
import { configDocumentItem, syncStatusItem } from '@/utils/config/document-store';
import { effectiveConfigItem } from '@/utils/config/storage';
import { userSettingsItem } from '@/utils/config/user-settings';
import { indicatorsOutboxItem, pendingIndicatorsItem } from '@/utils/indicators/storage';
import type { DayCounts } from '@/utils/indicators/types';
import { personalItem } from '@/utils/launcher/personal-storage';
import { notificationsItem } from '@/utils/news/notifications-storage';
import { listFeedStates, listItems, openNewsDb } from '@/utils/news/store';
import { loadStoredSections } from '@/utils/sections/loaded-sections';
import { loadEntries, openSectionsDb } from '@/utils/sections/store';
import { popupSnapshotItem } from '@/utils/snapshot/storage';
import { readRepairs } from '@/utils/storage-health/repairs';
import { FIXTURE_0_1_0, load010 } from './fixtures/load-0.1.0';

const { local, idb } = FIXTURE_0_1_0;

it('keeps everything 0.1.0 stored: favourites, recents, hidden, links, read marks, settings, charter, config, sections', async () => {
  await load010();

  expect(await personalItem.getValue()).toEqual(local.personal);
  expect(await userSettingsItem.getValue()).toEqual(local.userSettings);
  expect(await charterAcknowledgementItem.getValue()).toEqual(local.adoptionCharterAcknowledgement);
  expect(await whatsNewItem.getValue()).toEqual(local.adoptionWhatsNew);
  expect(await welcomeShownItem.getValue()).toBe(true);
  expect(await effectiveConfigItem.getValue()).toEqual(local.effectiveConfig);
  expect(await configDocumentItem.getValue()).toEqual(local.configDocument);
  expect(await syncStatusItem.getValue()).toEqual(local.configSyncStatus);
  // Counted by 0.1.0 (before paths): read with no paths, each post once with the news-list path.
  expect(await pendingIndicatorsItem.getValue()).toEqual(
    (local.indicatorsPending as unknown as DayCounts[]).map((day) => ({
      ...day,
      newsViews: day.newsViews.map((view) => ({ ...view, via: 'newsList', views: 1 })),
      paths: [],
      sequences: [],
    })),
  );
  expect(await indicatorsOutboxItem.getValue()).toBeNull();
  expect(await notificationsItem.getValue()).toEqual(local.newsNotifications);
  expect(await popupSnapshotItem.getValue()).toEqual(local.popupSnapshot);

  const news = await openNewsDb();
  const items = await listItems(news);
  expect(items.map((item) => [item.key, item.unread])).toEqual([
    ['n-2', false],
    ['n-1', true],
  ]);
  // A read mark whose item left the feed stays, so the item never comes back unread.
  expect(await news.getAllKeys('reads')).toEqual(['n-2', 'n-old']);
  expect(await listFeedStates(news)).toEqual(idb['passerelle-news'].stores.feeds);
  news.close();

  const sections = await openSectionsDb();
  expect((await loadEntries(sections)).map((entry) => entry.id)).toEqual(['canteen-menus', 'holiday-requests']);
  const loaded = await loadStoredSections(sections, { inSlices: false });
  expect([...(loaded?.entries.keys() ?? [])].sort()).toEqual(['canteen-menus', 'holiday-requests']);
  // Schema 3 (0.5.0): the popup's first pass has the titles of the index 0.1.0 built, from its display list.
  const titles = await sections.get('titles', 'current');
  expect(titles?.builtAt).toBe(idb['passerelle-sections'].stores.meta[0]?.value.builtAt);
  expect([...(titles?.ids ?? [])].sort()).toEqual(['canteen-menus', 'holiday-requests']);
  sections.close();

  // Nothing had to be dropped.
  expect(await readRepairs()).toEqual([]);
});
