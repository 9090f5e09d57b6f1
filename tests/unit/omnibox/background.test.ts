import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EMPTY_CONFIG } from '@/utils/config/effective';
import { effectiveConfigItem } from '@/utils/config/storage';
import { type OmniboxFinders, startOmnibox } from '@/utils/omnibox/background';

type Suggestion = { content: string; description: string };
type Suggest = (suggestions: Suggestion[]) => void;

/** The fake browser has no omnibox: a minimal one that keeps the listeners. */
function fakeOmnibox() {
  const listeners: { changed?: (text: string, suggest: Suggest) => void; entered?: (text: string, d: string) => void } =
    {};
  const omnibox = {
    setDefaultSuggestion: () => {},
    onInputChanged: { addListener: (fn: typeof listeners.changed) => (listeners.changed = fn) },
    onInputEntered: { addListener: (fn: typeof listeners.entered) => (listeners.entered = fn) },
  };
  Object.assign(fakeBrowser, { omnibox });
  // The fake browser has no i18n either: answer with the key.
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => key);
  return listeners;
}

/** Finders standing for the launcher and the sections: one tool and one section match "cantine". */
function fakeFinders() {
  return {
    findTools: vi.fn(async (text: string) =>
      text.includes('cantine') ? [{ id: 'canteen-app', title: 'Cantine' }] : [],
    ),
    findSections: vi.fn(async () => [{ id: 'canteen-menus', title: 'Menus', detail: 'Services › Restauration' }]),
    launchTool: vi.fn(async () => {}),
    openSection: vi.fn(async () => {}),
  } satisfies OmniboxFinders;
}

const suggestionsFor = (listeners: ReturnType<typeof fakeOmnibox>, text: string) =>
  new Promise<Suggestion[]>((resolve) => listeners.changed?.(text, resolve));

// The files of this project share one module graph: the i18n spies must not outlive the file's tests.
afterEach(() => {
  vi.restoreAllMocks();
});

describe('the address-bar keyword', () => {
  beforeEach(async () => {
    await effectiveConfigItem.setValue(EMPTY_CONFIG);
  });

  it('suggests the tools, then the relocated sections, each at its own limit', async () => {
    const listeners = fakeOmnibox();
    const finders = fakeFinders();
    startOmnibox(finders);
    const suggestions = await suggestionsFor(listeners, 'cantine');
    expect(suggestions.map((suggestion) => suggestion.content)).toEqual(['tool:canteen-app', 'section:canteen-menus']);
    expect(suggestions[1]?.description).toContain('Services › Restauration');
    expect(finders.findTools).toHaveBeenCalledWith('cantine', 6);
    expect(finders.findSections).toHaveBeenCalledWith('cantine', 4);
  });

  it('opens an entered section or tool where the address bar says, and the best tool for typed text', async () => {
    const listeners = fakeOmnibox();
    const finders = fakeFinders();
    startOmnibox(finders);
    listeners.entered?.('section:canteen-menus', 'currentTab');
    await vi.waitFor(() => expect(finders.openSection).toHaveBeenCalledWith('canteen-menus', 'currentTab'));
    listeners.entered?.('tool:payslips', 'newBackgroundTab');
    await vi.waitFor(() => expect(finders.launchTool).toHaveBeenCalledWith('payslips', 'backgroundTab'));
    listeners.entered?.('cantine', 'newForegroundTab');
    await vi.waitFor(() => expect(finders.launchTool).toHaveBeenCalledWith('canteen-app', 'newTab'));
    listeners.entered?.('nothing like it', 'currentTab');
    await vi.waitFor(() => expect(finders.findTools).toHaveBeenCalledWith('nothing like it', 1));
    expect(finders.launchTool).toHaveBeenCalledTimes(2);
  });

  it('suggests and opens nothing while IT keeps the keyword off', async () => {
    await effectiveConfigItem.setValue({ ...EMPTY_CONFIG, features: { ...EMPTY_CONFIG.features, omnibox: false } });
    const listeners = fakeOmnibox();
    const finders = fakeFinders();
    startOmnibox(finders);
    expect(await suggestionsFor(listeners, 'cantine')).toEqual([]);
    listeners.entered?.('tool:payslips', 'currentTab');
    // Storage answers in order: once these later suggestions are in, the entered text was handled.
    expect(await suggestionsFor(listeners, 'cantine')).toEqual([]);
    expect(finders.launchTool).not.toHaveBeenCalled();
    expect(finders.findTools).not.toHaveBeenCalled();
  });
});
