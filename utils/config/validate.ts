/**
 * Lenient validation of untrusted configuration (policy, the ESN's document, the user's settings): the zod
 * schema is walked field by field, so a bad field or list item is dropped and reported with its path and the
 * rest still applies. Never throws.
 */
import type * as z from 'zod/mini';
import type { ConfigIssue, ConfigSource } from './effective';
import { formatPath, type PathSegment, ROOT_PATH } from './paths';
import { contactChannel, iconRef, webUrl, webUrlTemplate } from './schema-fields';
import { derivesFrom, isOptional, shapeOf } from './schema-walk';
import { contactChannelRefusal, urlRefusal } from './url-policy';

/** Beyond this, issues are summed up in one line: a hostile document must not flood the diagnostics. */
export const MAX_ISSUES_PER_SOURCE = 200;

interface ValidationOptions {
  source: ConfigSource;
  allowedInsecureOrigins?: readonly string[];
}

interface ValidationResult<T> {
  value: T;
  issues: ConfigIssue[];
}

const DROPPED = Symbol('dropped');
type Walked = unknown | typeof DROPPED;

interface Context {
  source: ConfigSource;
  allowedInsecureOrigins: readonly string[];
  issues: ConfigIssue[];
}

function report(context: Context, path: readonly PathSegment[], message: string): void {
  context.issues.push({ source: context.source, path: formatPath(path), message });
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function walkObject(
  shape: Record<string, z.ZodMiniType>,
  value: unknown,
  path: PathSegment[],
  context: Context,
): Walked {
  if (!isPlainObject(value)) {
    report(context, path, `expected an object, got ${describeType(value)}`);
    return DROPPED;
  }
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(shape, key)) report(context, [...path, key], 'unknown key, ignored');
  }
  const out: Record<string, unknown> = {};
  const refusedRequired: string[] = [];
  for (const [key, child] of Object.entries(shape)) {
    const present = Object.hasOwn(value, key);
    if (!present && isOptional(child)) continue;
    if (!present) {
      report(context, [...path, key], 'is required');
      refusedRequired.push(key);
      continue;
    }
    const walked = walk(child, value[key], [...path, key], context);
    if (walked === DROPPED) {
      if (!isOptional(child)) refusedRequired.push(key);
    } else if (walked !== undefined) {
      out[key] = walked;
    }
  }
  if (refusedRequired.length > 0) {
    report(context, path, `dropped: its required field ${refusedRequired.join(', ')} was refused`);
    return DROPPED;
  }
  return out;
}

function walkArray(
  element: z.ZodMiniType,
  maxItems: number | undefined,
  value: unknown,
  path: PathSegment[],
  context: Context,
): Walked {
  if (!Array.isArray(value)) {
    report(context, path, `expected a list, got ${describeType(value)}`);
    return DROPPED;
  }
  let items: unknown[] = value;
  if (maxItems !== undefined && items.length > maxItems) {
    report(context, path, `has ${items.length} items: only the first ${maxItems} are kept`);
    items = items.slice(0, maxItems);
  }
  const out: unknown[] = [];
  items.forEach((item, index) => {
    const walked = walk(element, item, [...path, index], context);
    if (walked !== DROPPED) out.push(walked);
  });
  // A list whose every item was refused is not applied at all: the next source's list (or none) stays in use.
  if (items.length > 0 && out.length === 0) {
    report(context, path, 'every item was refused: the list is ignored');
    return DROPPED;
  }
  return out;
}

/** URL fields obey the address policy (https, loopback, allowed http origins) on top of their schema. */
type AddressKind = 'url' | 'template' | 'icon' | 'feedback' | 'none';
const addressKinds = new WeakMap<z.ZodMiniType, AddressKind>();

function addressKind(schema: z.ZodMiniType): AddressKind {
  let kind = addressKinds.get(schema);
  if (!kind) {
    kind = derivesFrom(schema, webUrl)
      ? 'url'
      : derivesFrom(schema, webUrlTemplate)
        ? 'template'
        : derivesFrom(schema, iconRef)
          ? 'icon'
          : derivesFrom(schema, contactChannel)
            ? 'feedback'
            : 'none';
    addressKinds.set(schema, kind);
  }
  return kind;
}

function addressRefusal(schema: z.ZodMiniType, value: unknown, context: Context): string | null {
  if (typeof value !== 'string') return null;
  switch (addressKind(schema)) {
    case 'url':
      return urlRefusal(value, context.allowedInsecureOrigins);
    case 'template':
      return urlRefusal(value.replaceAll('{toolId}', 'x'), context.allowedInsecureOrigins);
    case 'icon':
      return value.includes(':') ? urlRefusal(value, context.allowedInsecureOrigins) : null;
    case 'feedback':
      return contactChannelRefusal(value, context.allowedInsecureOrigins);
    default:
      return null;
  }
}

function walkLeaf(schema: z.ZodMiniType, value: unknown, path: PathSegment[], context: Context): Walked {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const subPath = issue.path.filter((segment): segment is PathSegment => typeof segment !== 'symbol');
      report(context, [...path, ...subPath], issue.message);
    }
    return DROPPED;
  }
  const refusal = addressRefusal(schema, parsed.data, context);
  if (refusal) {
    report(context, path, `refused: ${refusal}`);
    return DROPPED;
  }
  return parsed.data;
}

function walk(schema: z.ZodMiniType, value: unknown, path: PathSegment[], context: Context): Walked {
  const shape = shapeOf(schema);
  switch (shape.kind) {
    case 'optional':
      return value === undefined ? undefined : walk(shape.inner, value, path, context);
    case 'object':
      return walkObject(shape.shape, value, path, context);
    case 'array':
      return walkArray(shape.element, shape.maxItems, value, path, context);
    default:
      return walkLeaf(schema, value, path, context);
  }
}

function capIssues(issues: ConfigIssue[], source: ConfigSource): ConfigIssue[] {
  if (issues.length <= MAX_ISSUES_PER_SOURCE) return issues;
  const hidden = issues.length - MAX_ISSUES_PER_SOURCE;
  return [
    ...issues.slice(0, MAX_ISSUES_PER_SOURCE),
    { source, path: ROOT_PATH, message: `${hidden} more problems not listed` },
  ];
}

/**
 * Validates `value` against an object schema, keeping every valid field. A value that is not an object gives
 * an empty object and one issue at the root.
 */
export function validateLenient<S extends z.ZodMiniType>(
  schema: S,
  value: unknown,
  options: ValidationOptions,
): ValidationResult<Partial<z.infer<S>>> {
  const context: Context = {
    source: options.source,
    allowedInsecureOrigins: options.allowedInsecureOrigins ?? [],
    issues: [],
  };
  try {
    const walked = walk(schema, value, [], context);
    // Every kept field was checked by its own schema above, so the kept object matches the schema's type.
    const kept = (walked === DROPPED || !isPlainObject(walked) ? {} : walked) as Partial<z.infer<S>>;
    return { value: kept, issues: capIssues(context.issues, options.source) };
  } catch (error) {
    // Defensive: the walk itself is not expected to throw, but a configuration must never stop the extension.
    const message = error instanceof Error ? error.message : String(error);
    return {
      value: {},
      issues: [
        ...capIssues(context.issues, options.source),
        { source: options.source, path: ROOT_PATH, message: `could not be read: ${message}` },
      ],
    };
  }
}
