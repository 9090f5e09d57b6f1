import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  applySidebarOnClick,
  type FirefoxToolbarApis,
  listenForSidebarClicks,
} from '@/utils/companion/firefox-sidebar';
import { applyPanelBehaviour } from '@/utils/companion/side-panel';
import { DEFAULT_FEATURES, EMPTY_CONFIG } from '@/utils/config/effective';
import { effectiveConfigItem } from '@/utils/config/storage';

function firefoxApis(options: { toggle?: boolean } = {}) {
  const listeners: (() => void)[] = [];
  const apis = {
    action: {
      setPopup: vi.fn(async (_details: { popup: string }) => undefined),
      onClicked: { addListener: (listener: () => void) => listeners.push(listener) },
    },
    sidebarAction: {
      open: vi.fn(async () => undefined),
      ...(options.toggle === false ? {} : { toggle: vi.fn(async () => undefined) }),
    },
  } satisfies FirefoxToolbarApis;
  const click = () => {
    for (const listener of listeners) listener();
  };
  return { apis, click };
}

describe('Firefox: the sidebar on a toolbar click', () => {
  beforeEach(() => fakeBrowser.reset());

  it('toggles the sidebar inside the click handler itself, where Firefox still sees the user gesture', () => {
    const { apis, click } = firefoxApis();
    listenForSidebarClicks(apis);
    click();
    // Called synchronously: no promise turn between the click and the call.
    expect(apis.sidebarAction.toggle).toHaveBeenCalledTimes(1);
    expect(apis.sidebarAction.open).not.toHaveBeenCalled();
  });

  it('opens it where Firefox has no toggle', () => {
    const { apis, click } = firefoxApis({ toggle: false });
    listenForSidebarClicks(apis);
    click();
    expect(apis.sidebarAction.open).toHaveBeenCalledTimes(1);
  });

  it('removes the popup so that a click reaches the handler, and puts it back when undone', async () => {
    const { apis } = firefoxApis();
    await applySidebarOnClick(apis, true, 'popup.html');
    await applySidebarOnClick(apis, false, 'popup.html');
    expect(apis.action.setPopup.mock.calls).toEqual([[{ popup: '' }], [{ popup: 'popup.html' }]]);
  });

  it('follows the employee’s choice only while the organisation turns the side panel on', async () => {
    const { apis } = firefoxApis();
    // The fake browser is Chromium-shaped: make it Firefox's for this test (a sidebar, no sidePanel).
    const { sidePanel } = fakeBrowser;
    Reflect.deleteProperty(fakeBrowser, 'sidePanel');
    Object.assign(fakeBrowser, { sidebarAction: apis.sidebarAction });
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
      manifest_version: 3,
      name: 'Passerelle',
      version: '1.0.0',
      action: { default_popup: 'popup.html' },
    });
    Object.assign(fakeBrowser.action, { setPopup: apis.action.setPopup });
    try {
      await effectiveConfigItem.setValue({ ...EMPTY_CONFIG, features: { ...DEFAULT_FEATURES, sidePanel: true } });
      expect(await applyPanelBehaviour(true)).toEqual({ applied: true });
      await effectiveConfigItem.setValue({ ...EMPTY_CONFIG, features: { ...DEFAULT_FEATURES, sidePanel: false } });
      expect(await applyPanelBehaviour(true)).toEqual({ applied: true });
      expect(apis.action.setPopup.mock.calls.map(([details]) => details.popup)).toEqual(['', 'popup.html']);
    } finally {
      Reflect.deleteProperty(fakeBrowser, 'sidebarAction');
      Object.assign(fakeBrowser, { sidePanel });
      vi.restoreAllMocks();
    }
  });
});
