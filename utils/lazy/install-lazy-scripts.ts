/**
 * Chromium: a service worker may import a script after its first evaluation only if it imported it while
 * installing (the browser keeps that copy with the worker, across restarts). So every lazy script is imported once
 * at install (or update), and load-lazy-module.ts reads the kept copy when it is needed. Firefox's event page has
 * no importScripts and needs nothing.
 */
import { LAZY_SCRIPTS, lazyScriptUrl } from './lazy-scripts';

interface InstallScope {
  importScripts?: (...urls: string[]) => void;
  addEventListener?: (type: 'install', listener: () => void) => void;
}

export function keepLazyScriptsInstalled(scope: InstallScope = globalThis as InstallScope): void {
  const { importScripts, addEventListener } = scope;
  if (typeof importScripts !== 'function' || typeof addEventListener !== 'function') return;
  addEventListener.call(scope, 'install', () => {
    for (const script of LAZY_SCRIPTS) {
      try {
        importScripts.call(scope, lazyScriptUrl(script));
      } catch (error) {
        // The loads that need it will fail with their own message; the rest of the background still starts.
        console.error(`Passerelle: ${lazyScriptUrl(script)} could not be installed`, error);
      }
    }
  });
}
