/** Starts the whole background once in a test file (its handlers are caught by the file's mock of handle.ts). */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

export async function startBackground(): Promise<void> {
  // No network: every fetch fails, as offline.
  vi.stubGlobal('fetch', () => Promise.reject(new Error('offline')));
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => key);
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'Passerelle',
    version: '0.2.0',
  });
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
  vi.spyOn(fakeBrowser.omnibox, 'setDefaultSuggestion').mockReturnValue(undefined);
  vi.spyOn(fakeBrowser.omnibox.onInputChanged, 'addListener').mockReturnValue(undefined);
  vi.spyOn(fakeBrowser.omnibox.onInputEntered, 'addListener').mockReturnValue(undefined);
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockReturnValue(undefined);
  const background = await import('../../../entrypoints/background/index');
  (background.default as { main: () => void }).main();
}
