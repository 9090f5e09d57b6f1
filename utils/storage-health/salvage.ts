/**
 * Heals a stored value against its zod schema, keeping what can be kept: in an object, each bad field falls back
 * on its own; in a list, each bad element is left out. Only what cannot be mended at all takes the fallback.
 */
import * as z from 'zod/mini';
import type { Heal, Healed } from './healed-item';
import { isRecord, type Problem } from './shape';

function reasonOf(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  return issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}

function unwrap(schema: z.ZodMiniType): z.ZodMiniType {
  let current = schema;
  while (
    current instanceof z.ZodMiniOptional ||
    current instanceof z.ZodMiniNullable ||
    current instanceof z.ZodMiniDefault
  ) {
    current = current.def.innerType as z.ZodMiniType;
  }
  return current;
}

const join = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

function mend(schema: z.ZodMiniType, value: unknown, fallback: unknown, path: string, dropped: Problem[]): unknown {
  const parsed = schema.safeParse(value);
  // The value itself, not zod's copy: fields the schema does not name (a newer version's) are kept.
  if (parsed.success) return value;
  const inner = unwrap(schema);
  const mark = dropped.length;
  let attempt: unknown;
  if (inner instanceof z.ZodMiniObject && isRecord(value)) {
    const mended: Record<string, unknown> = { ...value };
    for (const [key, field] of Object.entries(inner.shape as Record<string, z.ZodMiniType>)) {
      const fieldFallback = isRecord(fallback) ? fallback[key] : undefined;
      const kept = mend(field, value[key], fieldFallback, join(path, key), dropped);
      if (kept === undefined) delete mended[key];
      else mended[key] = kept;
    }
    attempt = mended;
  } else if (inner instanceof z.ZodMiniArray && Array.isArray(value)) {
    attempt = value.flatMap((element, index) => {
      const one = (inner.def.element as z.ZodMiniType).safeParse(element);
      if (one.success) return [element];
      dropped.push({ path: join(path, index), reason: reasonOf(one.error) });
      return [];
    });
  }
  if (attempt !== undefined) {
    const again = schema.safeParse(attempt);
    if (again.success) return attempt;
    dropped.length = mark;
  }
  dropped.push({ path: path || '(whole value)', reason: reasonOf(parsed.error) });
  return fallback;
}

function salvage<T>(schema: z.core.$ZodType<T>, value: unknown, fallback: T): Healed<T> {
  const dropped: Problem[] = [];
  // A missing value is not damage: the item was never written.
  if (value === null || value === undefined) return { value: fallback, dropped };
  const mended = mend(schema as z.ZodMiniType, value, fallback, '', dropped);
  return { value: mended as T, dropped };
}

/** The heal function of a storage item checked by `schema`. */
export function healWith<T>(schema: z.core.$ZodType<T>, fallback: T): Heal<T> {
  return (stored) => salvage(schema, stored, fallback);
}
