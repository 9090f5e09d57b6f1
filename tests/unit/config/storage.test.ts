import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { configDocumentItem, syncStatusItem } from '@/utils/config/document-store';
import { EMPTY_CONFIG } from '@/utils/config/effective';
import { effectiveConfigItem } from '@/utils/config/storage';
import { userSettingsItem } from '@/utils/config/user-settings';

// Every configuration item is at version 1 (no migration yet): these pin the fallbacks and the stored shapes,
// including what the end-to-end harness writes by hand.
describe('configuration storage items', () => {
  it('have empty fallbacks', async () => {
    expect(await userSettingsItem.getValue()).toEqual({});
    expect(await configDocumentItem.getValue()).toBeNull();
    expect(await syncStatusItem.getValue()).toEqual({ state: 'never' });
    expect(await effectiveConfigItem.getValue()).toEqual(EMPTY_CONFIG);
  });

  it('read the user settings the e2e harness writes without version metadata', async () => {
    await fakeBrowser.storage.local.set({
      userSettings: { configUrl: 'http://127.0.0.1:9000/passerelle/config.json' },
    });
    expect(await userSettingsItem.getValue()).toEqual({ configUrl: 'http://127.0.0.1:9000/passerelle/config.json' });
  });

  it('store the user settings under local:userSettings', async () => {
    await userSettingsItem.setValue({ configUrl: 'https://esn.example/c.json' });
    expect(await fakeBrowser.storage.local.get('userSettings')).toEqual({
      userSettings: { configUrl: 'https://esn.example/c.json' },
    });
  });
});
