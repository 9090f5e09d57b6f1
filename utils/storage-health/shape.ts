/**
 * Tiny structural checks for values the pages read (the popup snapshot and its paint cache). zod would cost the
 * popup more than its whole size budget, so the pages check shapes with these instead: enough that painting
 * never meets a value of the wrong type. A check answers null (fine) or the first problem and where it is.
 */
export interface Problem {
  path: string;
  reason: string;
}

export type Check = (value: unknown, path: string) => Problem | null;

const problem = (path: string, reason: string): Problem => ({ path: path || '(whole value)', reason });

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const text: Check = (value, path) => (typeof value === 'string' ? null : problem(path, 'expected text'));

export const finite: Check = (value, path) =>
  typeof value === 'number' && Number.isFinite(value) ? null : problem(path, 'expected a number');

export const flag: Check = (value, path) =>
  typeof value === 'boolean' ? null : problem(path, 'expected true or false');

export function oneOf(...allowed: readonly unknown[]): Check {
  return (value, path) => (allowed.includes(value) ? null : problem(path, `expected one of ${allowed.join(', ')}`));
}

export function optional(check: Check): Check {
  return (value, path) => (value === undefined ? null : check(value, path));
}

export function nullable(check: Check): Check {
  return (value, path) => (value === null ? null : check(value, path));
}

export function listOf(check: Check): Check {
  return (value, path) => {
    if (!Array.isArray(value)) return problem(path, 'expected a list');
    for (const [index, item] of value.entries()) {
      const found = check(item, `${path}[${index}]`);
      if (found) return found;
    }
    return null;
  };
}

/** Every value of the object passes `check` (a map of language → text, of link name → address). */
export function recordOf(check: Check): Check {
  return (value, path) => {
    if (!isRecord(value)) return problem(path, 'expected an object');
    for (const [key, item] of Object.entries(value)) {
      const found = check(item, path ? `${path}.${key}` : key);
      if (found) return found;
    }
    return null;
  };
}

export function objectOf(fields: Record<string, Check>): Check {
  return (value, path) => {
    if (!isRecord(value)) return problem(path, 'expected an object');
    for (const [key, check] of Object.entries(fields)) {
      const found = check(value[key], path ? `${path}.${key}` : key);
      if (found) return found;
    }
    return null;
  };
}

export function either(...checks: Check[]): Check {
  return (value, path) => {
    let first: Problem | null = null;
    for (const check of checks) {
      const found = check(value, path);
      if (!found) return null;
      first ??= found;
    }
    return first;
  };
}

/** A label as configured: one text, or one text per language. */
export const localized: Check = either(text, recordOf(text));
