/**
 * Reading the shape of the zod schemas (objects, arrays, optionals, leaves), for the lenient validator, the
 * setting paths and the Chromium managed schema: all three follow the same source of truth.
 */
import type * as z from 'zod/mini';

interface CheckDef {
  check: string;
  maximum?: number;
  minimum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
}

interface SchemaDef {
  type: string;
  innerType?: z.ZodMiniType;
  shape?: Record<string, z.ZodMiniType>;
  element?: z.ZodMiniType;
  checks?: { _zod: { def: CheckDef } }[];
  entries?: Record<string, string | number>;
}

function defOf(schema: z.ZodMiniType): SchemaDef {
  // zod 4 exposes its definitions on `_zod.def`; the fields read here are part of its documented internals.
  return schema._zod.def as unknown as SchemaDef;
}

type Shape =
  | { kind: 'optional'; inner: z.ZodMiniType }
  | { kind: 'object'; shape: Record<string, z.ZodMiniType> }
  | { kind: 'array'; element: z.ZodMiniType; maxItems?: number }
  | { kind: 'leaf'; type: string };

const shapes = new WeakMap<z.ZodMiniType, Shape>();

/** The schema's kind (cached: the validator asks for every value of every document). */
export function shapeOf(schema: z.ZodMiniType): Shape {
  let shape = shapes.get(schema);
  if (!shape) {
    shape = computeShape(schema);
    shapes.set(schema, shape);
  }
  return shape;
}

function computeShape(schema: z.ZodMiniType): Shape {
  const def = defOf(schema);
  if (def.type === 'optional' && def.innerType) return { kind: 'optional', inner: def.innerType };
  if (def.type === 'object' && def.shape) return { kind: 'object', shape: def.shape };
  if (def.type === 'array' && def.element) {
    const max = checksOf(schema).find((check) => check.check === 'max_length')?.maximum;
    return max === undefined
      ? { kind: 'array', element: def.element }
      : { kind: 'array', element: def.element, maxItems: max };
  }
  return { kind: 'leaf', type: def.type };
}

export function checksOf(schema: z.ZodMiniType): CheckDef[] {
  return (defOf(schema).checks ?? []).map((check) => check._zod.def);
}

/** The schema without its optional wrapper. */
export function unwrap(schema: z.ZodMiniType): z.ZodMiniType {
  const shape = shapeOf(schema);
  return shape.kind === 'optional' ? unwrap(shape.inner) : schema;
}

export function isOptional(schema: z.ZodMiniType): boolean {
  return shapeOf(schema).kind === 'optional';
}

/** Whether `schema` is `base` or was derived from it by .check(z.describe(…)) etc. (zod keeps a parent link). */
export function derivesFrom(schema: z.ZodMiniType, base: z.ZodMiniType): boolean {
  let current: z.ZodMiniType | undefined = unwrap(schema);
  while (current) {
    if (current === base) return true;
    current = (current._zod as { parent?: z.ZodMiniType }).parent;
  }
  return false;
}

/**
 * Setting paths: each leaf or list of an object schema, e.g. "esn.name", "features.news", "tools". Lists are
 * one setting (a policy's tool list replaces the document's, it is not merged item by item).
 */
export function settingPaths(schema: z.ZodMiniType, prefix = ''): string[] {
  const inner = unwrap(schema);
  const shape = shapeOf(inner);
  if (shape.kind !== 'object') return [prefix];
  return Object.entries(shape.shape).flatMap(([key, child]) => settingPaths(child, prefix ? `${prefix}.${key}` : key));
}

/** The schema at a setting path, or undefined. */
export function schemaAt(schema: z.ZodMiniType, path: string): z.ZodMiniType | undefined {
  let current: z.ZodMiniType | undefined = schema;
  for (const key of path.split('.')) {
    if (!current) return undefined;
    const shape = shapeOf(unwrap(current));
    if (shape.kind !== 'object' || !Object.hasOwn(shape.shape, key)) return undefined;
    current = shape.shape[key];
  }
  return current;
}
