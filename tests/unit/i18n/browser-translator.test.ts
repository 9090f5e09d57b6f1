import { expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserTranslate } from '@/utils/i18n/browser-translator';

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
