import { EMPTY_SNAPSHOT, type PopupSnapshot } from '@/utils/snapshot/types';
import { demoTools } from '../launcher/fixtures';

/** A configured popup with the demo tools and one unread news item, "Séminaire annuel à Lyon" (key n-42). */
export const snapshotWithNews: PopupSnapshot = {
  ...EMPTY_SNAPSHOT,
  config: { ...EMPTY_SNAPSHOT.config, configured: true, sync: { state: 'ok' } },
  launcher: { ...EMPTY_SNAPSHOT.launcher, tools: demoTools },
  news: {
    ...EMPTY_SNAPSHOT.news,
    unreadCount: 1,
    status: 'ok',
    feeds: [{ id: 'actualites', label: 'News', unread: 1, health: 'ok', stale: false }],
    items: [{ key: 'n-42', feedId: 'actualites', title: 'Séminaire annuel à Lyon', unread: true }],
  },
};
