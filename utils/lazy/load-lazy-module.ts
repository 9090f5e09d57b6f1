/**
 * Loads a lazy script (lazy-scripts.ts) and returns the module it registered. Chromium's service worker refuses
 * `import()` ("disallowed on ServiceWorkerGlobalScope") and any `importScripts()` after its first evaluation,
 * except of a script it already imported while installing (install-lazy-scripts.ts): that copy is read
 * synchronously. Firefox's background is an event page: a script element.
 */
import { LAZY_BACKGROUND_SCRIPTS, type LazyScript, lazyScriptOf, lazyScriptUrl } from './lazy-scripts';
import { registeredLazyModule } from './registry';

export interface LoaderScope {
  importScripts?: (...urls: string[]) => void;
  document?: Pick<Document, 'createElement' | 'head'>;
}

const pending = new WeakMap<object, Map<LazyScript, Promise<void>>>();

function appendScript(document: NonNullable<LoaderScope['document']>, url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = url;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${url} could not be loaded`));
    document.head.append(script);
  });
}

function runScript(scope: LoaderScope, script: LazyScript): Promise<void> {
  const url = lazyScriptUrl(script);
  if (typeof scope.importScripts === 'function') {
    scope.importScripts(url);
    return Promise.resolve();
  }
  if (!scope.document) return Promise.reject(new Error(`No way to load ${url} here`));
  // Two callers at once share one script element.
  const loads = pending.get(scope) ?? new Map<LazyScript, Promise<void>>();
  pending.set(scope, loads);
  const load = loads.get(script) ?? appendScript(scope.document, url);
  loads.set(script, load);
  load.catch(() => loads.delete(script));
  return load;
}

export async function loadLazyModule(
  moduleId: string,
  scope: LoaderScope = globalThis as LoaderScope,
): Promise<object> {
  const ready = registeredLazyModule(moduleId, scope);
  if (ready) return ready;
  const script = lazyScriptOf(moduleId);
  if (!script) throw new Error(`${moduleId} is not in ${Object.keys(LAZY_BACKGROUND_SCRIPTS).join(', ')}`);
  await runScript(scope, script);
  const loaded = registeredLazyModule(moduleId, scope);
  if (!loaded) throw new Error(`${lazyScriptUrl(script)} did not provide ${moduleId}`);
  return loaded;
}
