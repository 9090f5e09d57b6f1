import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PAINT_CACHE_KEY, readPaintCache, writePaintCache } from '@/utils/snapshot/paint-cache';
import { publishSlice, readPublishedSnapshot, republishSnapshot } from '@/utils/snapshot/publish';
import { popupSnapshotItem } from '@/utils/snapshot/storage';
import { EMPTY_SNAPSHOT, type PopupSnapshot } from '@/utils/snapshot/types';
import { readRepairs } from '@/utils/storage-health/repairs';

const good: PopupSnapshot = {
  ...EMPTY_SNAPSHOT,
  config: { ...EMPTY_SNAPSHOT.config, configured: true, esnName: 'La Ruche' },
  launcher: { ...EMPTY_SNAPSHOT.launcher, favourites: ['payslips'] },
};

/** A busy disk: the first write of the snapshot lands after the later ones have (as a reader's repair could). */
function slowFirstSnapshotWrite(): void {
  const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
  let first = true;
  vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
    if (first && 'popupSnapshot' in items) {
      first = false;
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    return set(items);
  });
}

describe('the stored popup snapshot', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('reads a damaged slice as empty and keeps the others', async () => {
    await fakeBrowser.storage.local.set({ popupSnapshot: { ...good, launcher: { tools: 'x' }, news: null } });
    const snapshot = await popupSnapshotItem.getValue();
    expect(snapshot.config.esnName).toBe('La Ruche');
    expect(snapshot.launcher).toEqual(EMPTY_SNAPSHOT.launcher);
    expect(snapshot.news).toEqual(EMPTY_SNAPSHOT.news);
    expect((await readRepairs()).map((repair) => repair.path)).toEqual(['launcher.tools', 'news']);
  });

  it('is repaired when the background starts, and says which slices it emptied', async () => {
    await fakeBrowser.storage.local.set({ popupSnapshot: { ...good, sections: { entryCount: 'many' } } });
    expect(await republishSnapshot()).toEqual(['sections']);
    const { popupSnapshot } = await fakeBrowser.storage.local.get('popupSnapshot');
    expect(popupSnapshot).toEqual({ ...good, sections: EMPTY_SNAPSHOT.sections });
  });

  it('is not written at all when nothing changed: a healthy snapshot at start, a slice published again as it is', async () => {
    await fakeBrowser.storage.local.set({ popupSnapshot: good });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    expect(await republishSnapshot()).toEqual([]);
    await publishSlice('config', structuredClone(good.config));
    expect(set).not.toHaveBeenCalled();
    await publishSlice('config', { ...good.config, esnName: 'La Fourmilière' });
    expect(set).toHaveBeenCalledTimes(1);
    const { popupSnapshot } = await fakeBrowser.storage.local.get('popupSnapshot');
    expect((popupSnapshot as PopupSnapshot).config.esnName).toBe('La Fourmilière');
  });

  it('is read by a capability at start without undoing a slice published meanwhile', async () => {
    // At a browser start the sections refresh reads the snapshot while the repair and the launcher publish run.
    await fakeBrowser.storage.local.set({ popupSnapshot: { ...good, launcher: { tools: 'broken' } } });
    slowFirstSnapshotWrite();
    const launcher = { ...EMPTY_SNAPSHOT.launcher, favourites: ['payslips', 'vehicles'] };
    const [, read] = await Promise.all([
      republishSnapshot(),
      readPublishedSnapshot(),
      publishSlice('launcher', launcher),
    ]);
    expect(read.config.esnName).toBe('La Ruche');
    const { popupSnapshot } = await fakeBrowser.storage.local.get('popupSnapshot');
    expect((popupSnapshot as PopupSnapshot).launcher).toEqual(launcher);
  });

  it('is repaired by the next publish of any slice', async () => {
    await fakeBrowser.storage.local.set({ popupSnapshot: 'not a snapshot' });
    await publishSlice('config', good.config);
    const { popupSnapshot } = await fakeBrowser.storage.local.get('popupSnapshot');
    expect(popupSnapshot).toEqual({ ...EMPTY_SNAPSHOT, config: good.config });
  });
});

describe('the paint cache', () => {
  it('drops a copy with the right slices but bad contents, so the page paints from storage', () => {
    const damaged = { ...good, launcher: { ...good.launcher, tools: [{ id: 1, label: null }] } };
    localStorage.setItem(PAINT_CACHE_KEY, JSON.stringify({ snapshot: damaged }));
    expect(readPaintCache()).toBeNull();
    expect(localStorage.getItem(PAINT_CACHE_KEY)).toBeNull();
  });

  it('keeps a good copy', () => {
    writePaintCache(good);
    expect(readPaintCache()).toEqual(good);
  });
});
