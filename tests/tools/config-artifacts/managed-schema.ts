/**
 * The Chromium managed-storage schema (public/managed_schema.json), generated from the zod schemas. Chromium
 * accepts a subset of JSON Schema: one type per node, properties, items, additionalProperties, pattern,
 * minimum/maximum, title, description; no anyOf/oneOf. So a label (string or {fr, en}) is declared in its
 * object form here: in a policy, write labels as {"fr": "…", "en": "…"} (ADMIN.md says so).
 */
import * as z from 'zod/mini';
import { featureSetting } from '../../../utils/config/features-schema';
import { policySchema } from '../../../utils/config/policy-schema';
import { localizedText } from '../../../utils/config/schema-fields';
import { checksOf, derivesFrom, shapeOf, unwrap } from '../../../utils/config/schema-walk';

export interface ChromiumSchema {
  type: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  title?: string;
  description?: string;
  properties?: Record<string, ChromiumSchema>;
  additionalProperties?: ChromiumSchema;
  items?: ChromiumSchema;
  pattern?: string;
  minimum?: number;
  maximum?: number;
}

const LABEL_NOTE = 'In a policy, write it as an object per language: {"fr": "…", "en": "…"}.';
const FEATURE_NOTE = 'In a Chromium policy, true or false (rings and percentages go in the document).';

/** The description closest to the key: on the optional wrapper first, then on the schema it wraps. */
export function descriptionOf(schema: z.ZodMiniType): string | undefined {
  let current: z.ZodMiniType = schema;
  for (;;) {
    const description = z.globalRegistry.get(current)?.description;
    if (description) return description;
    const shape = shapeOf(current);
    if (shape.kind !== 'optional') return undefined;
    current = shape.inner;
  }
}

function leafSchema(schema: z.ZodMiniType, type: string): ChromiumSchema {
  const checks = checksOf(schema);
  if (type === 'boolean') return { type: 'boolean' };
  if (type === 'number') {
    const integer = checks.some((check) => check.check === 'number_format' && /int/.test(check.format ?? ''));
    const out: ChromiumSchema = { type: integer ? 'integer' : 'number' };
    const min = checks.find((check) => check.check === 'greater_than');
    const max = checks.find((check) => check.check === 'less_than');
    // Chromium's policy schema bounds integers only: bounds on a "number" make it refuse the whole extension.
    if (!integer) return out;
    if (min?.value !== undefined) out.minimum = min.value;
    if (max?.value !== undefined) out.maximum = max.value;
    return out;
  }
  if (type === 'record') {
    return { type: 'object', additionalProperties: { type: 'string' } };
  }
  const pattern = checks.find((check) => check.format === 'regex')?.pattern;
  return pattern ? { type: 'string', pattern: pattern.source } : { type: 'string' };
}

function convert(schema: z.ZodMiniType, title: string): ChromiumSchema {
  const description = descriptionOf(schema);
  const inner = unwrap(schema);
  let out: ChromiumSchema;
  if (derivesFrom(inner, localizedText)) {
    out = {
      type: 'object',
      additionalProperties: { type: 'string' },
      description: [description, LABEL_NOTE].filter(Boolean).join(' '),
    };
    return { title, ...out };
  }
  if (derivesFrom(inner, featureSetting)) {
    // Chromium takes one type per key: a policy turns a feature on or off; GPO targeting makes its rings.
    return { title, type: 'boolean', description: [description, FEATURE_NOTE].filter(Boolean).join(' ') };
  }
  const shape = shapeOf(inner);
  if (shape.kind === 'object') {
    out = {
      type: 'object',
      properties: Object.fromEntries(
        Object.entries(shape.shape).map(([key, child]) => [key, convert(child, title ? `${title}.${key}` : key)]),
      ),
    };
  } else if (shape.kind === 'array') {
    out = { type: 'array', items: convert(shape.element, `${title}[]`) };
  } else {
    out = leafSchema(inner, shape.kind === 'leaf' ? shape.type : 'string');
  }
  return { ...(title ? { title } : {}), ...(description ? { description } : {}), ...out };
}

export function buildManagedSchema(): ChromiumSchema {
  return convert(policySchema, '');
}

export function managedSchemaJson(): string {
  return `${JSON.stringify(buildManagedSchema(), null, 2)}\n`;
}
