/** Between nested configuration objects and setting path → value maps (the unit of merge and provenance). */

export function getAt(root: unknown, path: string): unknown {
  let current: unknown = root;
  for (const key of path.split('.')) {
    if (typeof current !== 'object' || current === null || Array.isArray(current) || !Object.hasOwn(current, key)) {
      return undefined;
    }
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

export function flatten(root: unknown, paths: readonly string[]): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const path of paths) {
    const value = getAt(root, path);
    if (value !== undefined) out.set(path, value);
  }
  return out;
}

export function unflatten(values: ReadonlyMap<string, unknown>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [path, value] of values) {
    const keys = path.split('.');
    const last = keys.pop();
    if (last === undefined) continue;
    let node = root;
    for (const key of keys) {
      const next = node[key];
      if (typeof next === 'object' && next !== null && !Array.isArray(next)) node = next as Record<string, unknown>;
      else {
        const created: Record<string, unknown> = {};
        node[key] = created;
        node = created;
      }
    }
    node[last] = value;
  }
  return root;
}
