import { afterEach, expect, it, vi } from 'vitest';
import { keepLazyScriptsInstalled } from '@/utils/lazy/install-lazy-scripts';
import { LAZY_SCRIPTS } from '@/utils/lazy/lazy-scripts';

afterEach(() => {
  vi.restoreAllMocks();
});

function workerScope(importScripts: (url: string) => void = () => undefined) {
  const listeners = new Map<string, () => void>();
  return {
    listeners,
    scope: {
      importScripts: vi.fn(importScripts),
      addEventListener: (type: string, listener: () => void) => listeners.set(type, listener),
    },
  };
}

it('imports every lazy script when the service worker installs, not before', () => {
  const { scope, listeners } = workerScope();
  keepLazyScriptsInstalled(scope);
  expect(scope.importScripts).not.toHaveBeenCalled();
  listeners.get('install')?.();
  expect(scope.importScripts.mock.calls.map(([url]) => url)).toEqual(LAZY_SCRIPTS.map((script) => `/${script}.js`));
});

it('installs the other scripts when one fails, and says which one failed', () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const { scope, listeners } = workerScope((url) => {
    if (url === '/lazy-feed-reader.js') throw new Error('NetworkError');
  });
  keepLazyScriptsInstalled(scope);
  listeners.get('install')?.();
  expect(scope.importScripts).toHaveBeenCalledTimes(LAZY_SCRIPTS.length);
  expect(error).toHaveBeenCalledWith('Passerelle: /lazy-feed-reader.js could not be installed', expect.any(Error));
});

it("does nothing in Firefox's event page (no importScripts)", () => {
  const addEventListener = vi.fn();
  keepLazyScriptsInstalled({ addEventListener });
  expect(addEventListener).not.toHaveBeenCalled();
});
