import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EMPTY_CONFIG } from '@/utils/config/effective';
import { effectiveConfigItem } from '@/utils/config/storage';
import { startOmnibox } from '@/utils/launcher/omnibox';
import { buildSectionsIndex } from '@/utils/sections/search-index';
import { generateSections } from '../sections/fixtures/generate-sections';
import { demoTools } from './fixtures';

const sectionsBackground = vi.hoisted(() => ({
  currentSections: vi.fn(),
  openSection: vi.fn(async () => {}),
}));
vi.mock('@/utils/sections/background', () => sectionsBackground);

type Suggest = (suggestions: { content: string; description: string }[]) => void;

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
  // The fake browser has no i18n either: answer with the key, the language with English.
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => key);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
  return listeners;
}

describe('the address-bar keyword', () => {
  beforeEach(async () => {
    const entries = generateSections(50);
    sectionsBackground.currentSections.mockResolvedValue({
      builtAt: 1,
      entries: new Map(entries.map((entry) => [entry.id, entry])),
      index: buildSectionsIndex(entries),
    });
    sectionsBackground.openSection.mockClear();
    await effectiveConfigItem.setValue({ ...EMPTY_CONFIG, tools: demoTools });
  });

  it('suggests relocated sections after the tools, and opens an entered section at its new address', async () => {
    const listeners = fakeOmnibox();
    startOmnibox(async () => {});
    const suggestions = await new Promise<{ content: string }[]>((resolve) => listeners.changed?.('cantine', resolve));
    expect(suggestions.map((suggestion) => suggestion.content)).toContain('section:canteen-menus');

    listeners.entered?.('section:canteen-menus', 'currentTab');
    expect(sectionsBackground.openSection).toHaveBeenCalledWith('canteen-menus', expect.any(String), 'omnibox');
  });

  it('suggests no sections when the sections search is off', async () => {
    await effectiveConfigItem.setValue({
      ...EMPTY_CONFIG,
      tools: demoTools,
      features: { ...EMPTY_CONFIG.features, sectionsSearch: false },
    });
    const listeners = fakeOmnibox();
    startOmnibox(async () => {});
    const suggestions = await new Promise<{ content: string }[]>((resolve) => listeners.changed?.('cantine', resolve));
    expect(suggestions.some((suggestion) => suggestion.content.startsWith('section:'))).toBe(false);
  });
});
