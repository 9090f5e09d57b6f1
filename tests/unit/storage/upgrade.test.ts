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
import { SECTIONS_ENTRIES_REVISION } from '@/utils/sections/build-index';
import { loadStoredSections } from '@/utils/sections/loaded-sections';
import { refreshSectionsIndex } from '@/utils/sections/refresh';
import { EMPTY_SECTIONS_SLICE } from '@/utils/sections/slice';
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

it('keeps the sections index 0.1.0 stored while the ESN is down, then builds it again in this version’s entries revision', async () => {
  await load010();
  const sections = await openSectionsDb();
  const storedEntries = await loadEntries(sections);
  const stored = idb['passerelle-sections'].stores.meta[0]?.value;
  let reachable = false;
  const asked: Record<string, string>[] = [];
  // The ESN's file has not changed since 0.1.0 fetched it: it would answer 304 to the validators kept. They are not
  // sent: that index was built the way 0.1.0 built it (its inline key, no entries revision: refresh.test.ts has an
  // index that differs by its revision alone).
  const fetcher = (async (_url: string, init?: RequestInit) => {
    const headers = (init?.headers ?? {}) as Record<string, string>;
    asked.push(headers);
    if (!reachable) throw new TypeError('Failed to fetch');
    return headers['If-None-Match'] === stored?.origin.etag
      ? new Response('', { status: 304 })
      : new Response(JSON.stringify(storedEntries), { headers: { ETag: stored?.origin.etag ?? '' } });
  }) as typeof fetch;
  const refresh = async () =>
    refreshSectionsIndex({
      db: sections,
      config: await effectiveConfigItem.getValue(),
      previous: EMPTY_SECTIONS_SLICE,
      now: () => 2_000_000_000_000,
      fetcher,
      applyRules: async () => ({ enabled: true, ruleCount: 0, ruleLimit: 5000, uncovered: [], uncoveredCount: 0 }),
    });
  expect(stored && 'entriesRevision' in stored).toBe(false);

  // The ESN down: the index 0.1.0 built stays in use.
  expect(await refresh()).toMatchObject({ entryCount: 2, builtAt: stored?.builtAt, sync: { state: 'unreachable' } });
  expect([...((await loadStoredSections(sections, { inSlices: false }))?.entries.keys() ?? [])]).toHaveLength(2);

  // The ESN back: the file is asked for whole, and the index built again, recording this revision.
  reachable = true;
  expect(await refresh()).toMatchObject({ entryCount: 2, builtAt: 2_000_000_000_000, sync: { state: 'ok' } });
  expect(asked).toEqual([{}, {}]);
  expect((await sections.get('meta', 'current'))?.entriesRevision).toBe(SECTIONS_ENTRIES_REVISION);
  expect((await loadEntries(sections)).map((entry) => entry.id)).toEqual(['canteen-menus', 'holiday-requests']);
  sections.close();
  expect(await readRepairs()).toEqual([]);
});

it('builds again, from the unchanged file, the sections index 0.6.0 stored from a windows-1252 CSV it read as UTF-8', async () => {
  const CSV_URL = 'https://esn.example/passerelle/rubriques.csv';
  const csv = 'Identifiant;Titre;Nouvelle URL\r\nconges;Congés et absences;https://esn.example/rh/conges\r\n';
  // As Excel's "CSV (séparateur : point-virgule)" writes it, served without a charset (the ETag never changes).
  const ansi = Uint8Array.from(csv, (char) => char.charCodeAt(0));
  const asked: Record<string, string>[] = [];
  // What 0.6.0 stored: the file read as UTF-8 ("Cong\uFFFDs"), with its validators and no entries revision.
  let serve = (): Response =>
    new Response(new TextEncoder().encode(new TextDecoder().decode(ansi)), {
      headers: { ETag: '"export-1"', 'Content-Type': 'text/csv' },
    });
  const fetcher = (async (_url: string, init?: RequestInit) => {
    const headers = (init?.headers ?? {}) as Record<string, string>;
    asked.push(headers);
    return headers['If-None-Match'] === '"export-1"' ? new Response('', { status: 304 }) : serve();
  }) as typeof fetch;
  const sections = await openSectionsDb();
  await sections.clear('meta');
  await sections.clear('entries');
  const refresh = async () =>
    refreshSectionsIndex({
      db: sections,
      config: { ...(await effectiveConfigItem.getValue()), sections: { url: CSV_URL, entries: [] } },
      previous: EMPTY_SECTIONS_SLICE,
      now: () => 2_000_000_000_000,
      fetcher,
      applyRules: async () => ({ enabled: true, ruleCount: 0, ruleLimit: 5000, uncovered: [], uncoveredCount: 0 }),
    });

  await refresh();
  const stored = await sections.get('meta', 'current');
  if (!stored) throw new Error('no index stored');
  const { entriesRevision: _revision, ...as060 } = stored;
  await sections.put('meta', { ...as060, builtAt: 1 }, 'current');
  expect((await loadEntries(sections))[0]?.title).toBe('Cong\uFFFDs et absences');

  // This version: the validators are not sent, the file comes back whole and is read in its charset.
  serve = () => new Response(ansi, { headers: { ETag: '"export-1"', 'Content-Type': 'text/csv' } });
  asked.length = 0;
  expect(await refresh()).toMatchObject({ entryCount: 1, builtAt: 2_000_000_000_000, sync: { state: 'ok' } });
  expect(asked).toEqual([{}]);
  expect((await loadEntries(sections))[0]?.title).toBe('Congés et absences');
  const loaded = await loadStoredSections(sections, { inSlices: false });
  expect(loaded?.entries.get('conges')?.title).toBe('Congés et absences');
  expect((await sections.get('meta', 'current'))?.entriesRevision).toBe(SECTIONS_ENTRIES_REVISION);

  // Built once: the next refresh revalidates, and the unchanged file costs a 304.
  await refresh();
  expect(asked.at(-1)).toEqual({ 'If-None-Match': '"export-1"' });
  sections.close();
});
