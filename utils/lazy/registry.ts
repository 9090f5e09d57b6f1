/**
 * Where a lazy script leaves its modules for the background that loaded it. A global, keyed by a symbol: the
 * script is a separate bundle, so this is the only thing both share.
 */
const REGISTRY = Symbol.for('passerelle.lazy-modules');

type Scope = { [REGISTRY]?: Map<string, object> };

function registryOf(scope: object): Map<string, object> {
  const holder = scope as Scope;
  holder[REGISTRY] ??= new Map();
  return holder[REGISTRY];
}

export function registerLazyModule(moduleId: string, namespace: object, scope: object = globalThis): void {
  registryOf(scope).set(moduleId, namespace);
}

export function registeredLazyModule(moduleId: string, scope: object = globalThis): object | undefined {
  return registryOf(scope).get(moduleId);
}
