/**
 * Tiny structural checks for values the pages read (the popup snapshot and its paint cache). zod would cost the
 * popup more than its whole size budget, so the pages check shapes with these instead: enough that painting
 * never meets a value of the wrong type. A check answers null (fine) or the first problem and where it is.
 * Where is written only when something is wrong: a 200-tool snapshot is checked as the popup opens, and building
 * each field's path on the way down cost more than the checks themselves.
 */
export interface Problem {
  path: string;
  reason: string;
}

/** `path`: where the value is, put in front of the problem's own place; '' for a value checked on its own. */
export type Check = (value: unknown, path: string) => Problem | null;

const problem = (path: string, reason: string): Problem => ({ path: path || '(whole value)', reason });

/** The problem a part's check found, placed under `part` ("key" or "[3]") of the value at `path`. */
function within(path: string, part: string, found: Problem): Problem {
  const inner = found.path === '(whole value)' ? '' : found.path;
  const separator = inner === '' || inner.startsWith('[') ? '' : '.';
  const here = path === '' || part.startsWith('[') ? `${path}${part}` : `${path}.${part}`;
  return { path: `${here}${separator}${inner}`, reason: found.reason };
}

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
    for (let index = 0; index < value.length; index++) {
      const found = check(value[index], '');
      if (found) return within(path, `[${index}]`, found);
    }
    return null;
  };
}

/** Every value of the object passes `check` (a map of language → text, of link name → address). */
export function recordOf(check: Check): Check {
  return (value, path) => {
    if (!isRecord(value)) return problem(path, 'expected an object');
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      const found = check(value[key], '');
      if (found) return within(path, key, found);
    }
    return null;
  };
}

export function objectOf(fields: Record<string, Check>): Check {
  const entries = Object.entries(fields);
  return (value, path) => {
    if (!isRecord(value)) return problem(path, 'expected an object');
    for (const [key, check] of entries) {
      const found = check(value[key], '');
      if (found) return within(path, key, found);
    }
    return null;
  };
}

const textPerLanguage = recordOf(text);

/** A label as configured: one text, or one text per language (tried second, so a plain text costs one test). */
export const localized: Check = (value, path) =>
  typeof value === 'string'
    ? null
    : textPerLanguage(value, path) && problem(path, 'expected text, or text per language');
