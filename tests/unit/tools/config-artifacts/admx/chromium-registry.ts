/**
 * A model of how Chromium reads an extension's policy from the Windows registry (components/policy registry_dict):
 * a subkey is an object, a subkey of numbered values is a list, a DWORD is a boolean or an integer, and a string
 * holding JSON is accepted where the schema wants a list or an object. Used to read back what the ADMX writes.
 */
import type { ChromiumSchema } from '../../../../tools/config-artifacts/managed-schema';

export type RegistryValue = string | number;
/** Full key path → value name → value. */
export type Registry = Map<string, Map<string, RegistryValue>>;

export function setValue(registry: Registry, key: string, name: string, value: RegistryValue): void {
  const values = registry.get(key) ?? new Map<string, RegistryValue>();
  values.set(name, value);
  registry.set(key, values);
}

function convertValue(value: RegistryValue, schema: ChromiumSchema): unknown {
  if (schema.type === 'boolean') return typeof value === 'number' ? value !== 0 : value === 'true';
  if (schema.type === 'integer' || schema.type === 'number') return Number(value);
  if (schema.type === 'string') return String(value);
  return typeof value === 'string' ? JSON.parse(value) : undefined;
}

function subkeysOf(registry: Registry, key: string): string[] {
  const names = new Set<string>();
  for (const path of registry.keys()) {
    if (path.startsWith(`${key}\\`)) names.add(path.slice(key.length + 1).split('\\')[0] ?? '');
  }
  return [...names];
}

/** The value Chromium builds from `key` for `schema`. */
export function readKey(registry: Registry, key: string, schema: ChromiumSchema): unknown {
  const values = registry.get(key) ?? new Map<string, RegistryValue>();
  if (schema.type === 'array') {
    return [...values.entries()]
      .filter(([name]) => /^\d+$/.test(name))
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([, value]) => convertValue(value, schema.items ?? { type: 'string' }));
  }
  const result: Record<string, unknown> = {};
  const propertySchema = (name: string) => schema.properties?.[name] ?? schema.additionalProperties;
  for (const [name, value] of values) {
    const property = propertySchema(name);
    if (property) result[name] = convertValue(value, property);
  }
  for (const name of subkeysOf(registry, key)) {
    const property = propertySchema(name);
    if (property) result[name] = readKey(registry, `${key}\\${name}`, property);
  }
  return result;
}
