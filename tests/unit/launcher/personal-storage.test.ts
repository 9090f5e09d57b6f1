import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { migratePersonalV1toV2, type PersonalStateV1 } from '@/utils/launcher/personal-storage';
import v1 from './fixtures/personal-v1.json';
import v2 from './fixtures/personal-v2.json';

describe('personal state storage', () => {
  // Migrations run when the item is defined: each test loads the module afresh over the storage it prepared.
  beforeEach(() => {
    vi.resetModules();
  });

  it('migrates the v1 fixture to the v2 fixture', () => {
    expect(migratePersonalV1toV2(v1 as PersonalStateV1)).toEqual(v2);
  });

  it('turns a damaged v1 value into empty lists instead of failing', () => {
    const damaged = { favourites: 'oops', recents: null } as unknown as PersonalStateV1;
    expect(migratePersonalV1toV2(damaged)).toMatchObject({ favourites: [], recents: [], hidden: [] });
  });

  it('runs every migration when the item is read (v1 in storage → v2)', async () => {
    await fakeBrowser.storage.local.set({ personal: v1, personal$: { v: 1 } });
    const { personalItem } = await import('@/utils/launcher/personal-storage');
    expect(await personalItem.getValue()).toEqual(v2);
    expect(await fakeBrowser.storage.local.get('personal$')).toEqual({ personal$: { v: 2 } });
  });

  it('reads the v2 fixture as is', async () => {
    await fakeBrowser.storage.local.set({ personal: v2, personal$: { v: 2 } });
    const { personalItem } = await import('@/utils/launcher/personal-storage');
    expect(await personalItem.getValue()).toEqual(v2);
  });
});
