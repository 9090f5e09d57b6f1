import { beforeEach, describe, expect, it, vi } from 'vitest';
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

  it('follows each change of the snapshot, checked, and nothing else', async () => {
    const seen = vi.fn();
    const stop = pageSnapshot.watch(seen);
    const launcher = { ...EMPTY_SNAPSHOT.launcher, favourites: ['payslips'] };
    await fakeBrowser.storage.local.set({ popupSnapshot: { ...EMPTY_SNAPSHOT, launcher, news: null } });
    await fakeBrowser.storage.local.set({ somethingElse: 1 });
    expect(seen).toHaveBeenCalledTimes(1);
    expect(seen.mock.calls[0]?.[0]).toEqual({ ...EMPTY_SNAPSHOT, launcher });
    stop();
    await fakeBrowser.storage.local.set({ popupSnapshot: EMPTY_SNAPSHOT });
    expect(seen).toHaveBeenCalledTimes(1);
  });

  it('ignores a write of the same value (a slice republished unchanged)', async () => {
    await fakeBrowser.storage.local.set({ popupSnapshot: EMPTY_SNAPSHOT });
    const seen = vi.fn();
    pageSnapshot.watch(seen);
    await fakeBrowser.storage.local.set({ popupSnapshot: structuredClone(EMPTY_SNAPSHOT) });
    expect(seen).not.toHaveBeenCalled();
  });

  it('reads an empty snapshot when none was published yet', async () => {
    expect(await pageSnapshot.get()).toEqual(EMPTY_SNAPSHOT);
  });
});
