import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pageSnapshot } from '@/utils/snapshot/page-view';
import { popupSnapshotItem } from '@/utils/snapshot/storage';
import { EMPTY_SNAPSHOT, POPUP_SNAPSHOT_KEY } from '@/utils/snapshot/types';

describe("the pages' view of the popup snapshot", () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the key the background writes', () => {
    expect(POPUP_SNAPSHOT_KEY).toBe(popupSnapshotItem.key);
  });

  it('paints a damaged slice as empty and keeps the others, without writing anything', async () => {
    const launcher = { ...EMPTY_SNAPSHOT.launcher, favourites: ['payslips'] };
    const damaged = { ...EMPTY_SNAPSHOT, launcher, news: { unreadCount: 'many' } };
    await fakeBrowser.storage.local.set({ popupSnapshot: damaged });
    const snapshot = await pageSnapshot.get();
    expect(snapshot.launcher.favourites).toEqual(['payslips']);
    expect(snapshot.news).toEqual(EMPTY_SNAPSHOT.news);
    // The background owns the snapshot: the page leaves the stored value for it to repair.
    expect((await fakeBrowser.storage.local.get('popupSnapshot')).popupSnapshot).toEqual(damaged);
  });
});
