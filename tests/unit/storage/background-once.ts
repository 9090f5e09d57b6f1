/**
 * Starts the whole background once in a test file, its handlers caught by a registrar of the file's own. What it
 * stubs (network, console, i18n, manifest) goes back with restoreStubs after the file: files share one module graph.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { HandleMessage } from '@/utils/messaging/handle';
import { startBackground } from '../../../entrypoints/background/index';

export function startWholeBackground(handleMessage: HandleMessage): void {
  // No network: every fetch fails, as offline.
  vi.spyOn(globalThis, 'fetch').mockImplementation(() => Promise.reject(new Error('offline')));
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
  startBackground(handleMessage);
}

/**
 * After the file: its stubs are put back. Spies only: vi.unstubAllGlobals would also take away the fake browser
 * WXT's plugin stubbed for every file of the shared graph.
 */
export function restoreStubs(): void {
  vi.restoreAllMocks();
}
