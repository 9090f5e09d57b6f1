import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { effectiveConfigItem } from '@/utils/config/storage';
import { startLauncher, updatePersonal } from '@/utils/launcher/background';
import { launchTool } from '@/utils/launcher/launch';
import { pin } from '@/utils/launcher/personal';
import { personalItem } from '@/utils/launcher/personal-storage';
import { popupSnapshotItem } from '@/utils/snapshot/storage';
import { recordingHandlers } from '../message-handlers';
import { demoConfig, ORIGIN } from './fixtures';

// Spies on the fake browser would otherwise count the calls of earlier tests.
beforeEach(() => {
  vi.restoreAllMocks();
});

async function launcherSlice() {
  await vi.waitFor(async () => expect((await popupSnapshotItem.getValue()).launcher.tools.length).toBeGreaterThan(0));
  return (await popupSnapshotItem.getValue()).launcher;
}

describe('launcher background', () => {
  beforeEach(async () => {
    await effectiveConfigItem.setValue(demoConfig());
  });

  it('publishes the launcher slice at start, then on every personal or configuration change', async () => {
    startLauncher(recordingHandlers().handleMessage);
    expect((await launcherSlice()).favourites).toEqual([]);
    await updatePersonal((state) => pin(state, 'payslips'));
    await vi.waitFor(async () =>
      expect((await popupSnapshotItem.getValue()).launcher.favourites).toEqual(['payslips']),
    );
    await effectiveConfigItem.setValue(demoConfig({ tools: demoConfig().tools.slice(0, 2) }));
    await vi.waitFor(async () => expect((await popupSnapshotItem.getValue()).launcher.tools).toHaveLength(2));
    // Personal links reach the popup only once the configuration allows them.
    const wiki = { id: 'wiki', label: 'Wiki', url: 'https://wiki.example/' };
    await updatePersonal((state) => ({ ...state, links: [wiki] }));
    expect((await popupSnapshotItem.getValue()).launcher.personalLinks).toBeUndefined();
    await effectiveConfigItem.setValue(demoConfig({ launcher: { personalLinks: true } }));
    await vi.waitFor(async () =>
      expect((await popupSnapshotItem.getValue()).launcher.personalLinks).toEqual({ links: [wiki], max: 20 }),
    );
  });

  it('launches through the ESN route in a new tab and records the tool as recent', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await launchTool('vehicle-booking', 'newTab', updatePersonal);
    expect(create).toHaveBeenCalledWith({ url: `${ORIGIN}/go/vehicle-booking`, active: true });
    expect((await personalItem.getValue()).recents[0]?.toolId).toBe('vehicle-booking');
  });

  it('opens the tool directly without a launch route, in the background when asked', async () => {
    await effectiveConfigItem.setValue(demoConfig({ esn: {} }));
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await launchTool('payslips', 'backgroundTab', updatePersonal);
    expect(create).toHaveBeenCalledWith({ url: `${ORIGIN}/apps/payslips`, active: false });
  });

  it('refuses unknown tools and addresses that may not be opened', async () => {
    await expect(launchTool('nope', 'newTab', updatePersonal)).rejects.toThrow(/Unknown tool/);
    const [first] = demoConfig().tools;
    if (!first) throw new Error('fixture');
    await effectiveConfigItem.setValue(demoConfig({ esn: {}, tools: [{ ...first, url: 'http://intranet.corp/x' }] }));
    await expect(launchTool(first.id, 'newTab', updatePersonal)).rejects.toThrow(/may not be opened/);
  });
});

describe('focusing an open tab of the tool', () => {
  it('switches to the tab already showing the tool instead of opening one, when the user chose so', async () => {
    await effectiveConfigItem.setValue(demoConfig());
    await personalItem.setValue({ ...(await personalItem.getValue()), focusExistingTab: true });
    const existing = await fakeBrowser.tabs.create({ url: `${ORIGIN}/apps/payslips?month=11`, active: false });
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((() =>
      Promise.resolve([existing])) as typeof fakeBrowser.tabs.query);
    const update = vi.spyOn(fakeBrowser.tabs, 'update');
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await launchTool('payslips', 'newTab', updatePersonal);
    expect(create).not.toHaveBeenCalled();
    expect(update).toHaveBeenCalledWith(existing.id, { active: true });
  });

  it('opens a new tab when no tab shows the tool', async () => {
    await effectiveConfigItem.setValue(demoConfig());
    await personalItem.setValue({ ...(await personalItem.getValue()), focusExistingTab: true });
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((() =>
      Promise.resolve([])) as typeof fakeBrowser.tabs.query);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await launchTool('payslips', 'newTab', updatePersonal);
    expect(create).toHaveBeenCalledWith({ url: `${ORIGIN}/go/payslips`, active: true });
  });
});
