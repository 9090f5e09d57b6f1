import { expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserLanguage, browserTranslate } from '@/utils/i18n/browser-translator';

it('looks each plain message up once, and every message with substitutions afresh', () => {
  const getMessage = vi
    .spyOn(fakeBrowser.i18n, 'getMessage')
    .mockImplementation((key: string, substitutions?: string | (string | number)[]) =>
      key === 'missingKey' ? '' : `${key}(${[substitutions ?? []].flat().join(',')})`,
    );
  expect([browserTranslate('newsUnreadLabel'), browserTranslate('newsUnreadLabel')]).toEqual([
    'newsUnreadLabel()',
    'newsUnreadLabel()',
  ]);
  expect([browserTranslate('newsUnreadCount', '2'), browserTranslate('newsUnreadCount', '3')]).toEqual([
    'newsUnreadCount(2)',
    'newsUnreadCount(3)',
  ]);
  // A key the catalog lacks reads as itself.
  expect(browserTranslate('missingKey' as never)).toBe('missingKey');
  expect(getMessage.mock.calls.map(([key]) => key)).toEqual([
    'newsUnreadLabel',
    'newsUnreadCount',
    'newsUnreadCount',
    'missingKey',
  ]);
  getMessage.mockRestore();
});

it('speaks the language of the catalog the browser picked, whatever the browser’s own', () => {
  const getMessage = vi.spyOn(fakeBrowser.i18n, 'getMessage');
  // A German browser gets the default (English) catalog: dates and texts in English, as its words.
  getMessage.mockImplementation((key: string) => (key === 'uiLanguage' ? 'en' : key));
  expect(browserLanguage()).toBe('en');
  getMessage.mockImplementation((key: string) => (key === 'uiLanguage' ? 'fr' : key));
  expect(browserLanguage()).toBe('fr');
  getMessage.mockRestore();
});
