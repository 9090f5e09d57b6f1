import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EMPTY_CONFIG } from '@/utils/config/effective';
import { effectiveConfigItem } from '@/utils/config/storage';
import { findVisibleTools } from '@/utils/launcher/find-tools';
import { EMPTY_PERSONAL } from '@/utils/launcher/personal';
import { personalItem } from '@/utils/launcher/personal-storage';
import { demoTools } from './fixtures';

const ids = async (text: string) => (await findVisibleTools(text, 6)).map((result) => result.id);

// The files of this project share one module graph: the i18n spies must not outlive the file's tests.
afterEach(() => {
  vi.restoreAllMocks();
});

describe('the tools the address bar may suggest', () => {
  beforeEach(async () => {
    // The fake browser has no i18n: the UI in French (the catalog the browser picked says so).
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => (key === 'uiLanguage' ? 'fr' : key));
    await effectiveConfigItem.setValue({ ...EMPTY_CONFIG, tools: demoTools });
  });

  it('finds the visible tools, best first, but never a tool the user hid (a mandatory one stays)', async () => {
    expect((await ids('reservaton salle'))[0]).toBe('meeting-room');
    await personalItem.setValue({ ...EMPTY_PERSONAL, hidden: ['meeting-room', 'time-tracking'] });
    expect(await ids('reservaton salle')).not.toContain('meeting-room');
    expect(await ids('saisie des temps')).toContain('time-tracking');
  });

  it('finds nothing while the launcher is off', async () => {
    await effectiveConfigItem.setValue({
      ...EMPTY_CONFIG,
      tools: demoTools,
      features: { ...EMPTY_CONFIG.features, launcher: false },
    });
    expect(await ids('salle')).toEqual([]);
  });
});
