import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { migratePersonalV1toV2, type PersonalStateV1, personalItem } from '@/utils/launcher/personal-storage';
import v1 from './fixtures/personal-v1.json';
import v2 from './fixtures/personal-v2.json';

describe('personal state storage', () => {
  it('migrates the v1 fixture to the v2 fixture', () => {
    expect(migratePersonalV1toV2(v1 as PersonalStateV1)).toEqual(v2);
  });

  it('turns a damaged v1 value into empty lists instead of failing', () => {
    const damaged = { favourites: 'oops', recents: null } as unknown as PersonalStateV1;
    expect(migratePersonalV1toV2(damaged)).toMatchObject({ favourites: [], recents: [], hidden: [] });
  });

  it('runs every migration when the item is read (v1 in storage → v2)', async () => {
    await fakeBrowser.storage.local.set({ personal: v1, personal$: { v: 1 } });
    // WXT migrates when the item is defined (the module loaded long ago, over empty storage) and at every update.
    await personalItem.migrate();
    expect(await personalItem.getValue()).toEqual(v2);
    expect(await fakeBrowser.storage.local.get('personal$')).toEqual({ personal$: { v: 2 } });
  });

  it('reads the v2 fixture as is', async () => {
    await fakeBrowser.storage.local.set({ personal: v2, personal$: { v: 2 } });
    await personalItem.migrate();
    expect(await personalItem.getValue()).toEqual(v2);
  });
});
