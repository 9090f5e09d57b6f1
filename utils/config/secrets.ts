/**
 * Keys marked secret in the schema (`.check(z.meta({ secret: true }))`): their values never leave the browser in a
 * support bundle or the copied diagnostics. The key reference says which they are.
 */
import * as z from 'zod/mini';
import { policySchema } from './policy-schema';
import { schemaAt, settingPaths, shapeOf } from './schema-walk';

export function isSecret(schema: z.ZodMiniType): boolean {
  let current: z.ZodMiniType = schema;
  for (;;) {
    if ((z.globalRegistry.get(current) as { secret?: unknown } | undefined)?.secret === true) return true;
    const shape = shapeOf(current);
    if (shape.kind !== 'optional') return false;
    current = shape.inner;
  }
}

let secretPathsFound: readonly string[] | undefined;

/**
 * Setting paths of the secret keys, e.g. "indicators.endpoint". Found at the first support bundle, not as the module
 * loads: walking the policy schema took up to 5 ms of every background start (1 Dec 2026, a Chromium worker).
 */
export function secretPaths(): readonly string[] {
  secretPathsFound ??= settingPaths(policySchema).filter((path) => {
    const schema = schemaAt(policySchema, path);
    return schema !== undefined && isSecret(schema);
  });
  return secretPathsFound;
}

/** A copy of a policy or document with the secret values replaced. */
export function redactSecrets<T>(values: T, replacement: string, paths: readonly string[] = secretPaths()): T {
  const copy = structuredClone(values) as Record<string, unknown>;
  for (const path of paths) {
    const keys = path.split('.');
    const last = keys.pop() as string;
    let parent: unknown = copy;
    for (const key of keys) parent = (parent as Record<string, unknown> | undefined)?.[key];
    if (typeof parent === 'object' && parent !== null && Object.hasOwn(parent, last)) {
      (parent as Record<string, unknown>)[last] = replacement;
    }
  }
  return copy as T;
}
