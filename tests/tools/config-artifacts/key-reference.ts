/** The admin guide's key reference (a Markdown table), generated from the policy schema. */
import * as z from 'zod/mini';
import { featureSetting } from '../../../utils/config/features-schema';
import { policySchema } from '../../../utils/config/policy-schema';
import { contactChannel, iconRef, localizedText, webUrl, webUrlTemplate } from '../../../utils/config/schema-fields';
import { checksOf, derivesFrom, shapeOf, unwrap } from '../../../utils/config/schema-walk';
import { isSecret } from '../../../utils/config/secrets';
import { descriptionOf } from './managed-schema';

interface Row {
  key: string;
  type: string;
  description: string;
}

/** A floor the code applies: smaller values are accepted and raised to it (`.meta({ raisedTo })`). */
function raisedMinimum(schema: z.ZodMiniType): number | undefined {
  const raisedTo = (z.globalRegistry.get(unwrap(schema)) as { raisedTo?: unknown } | undefined)?.raisedTo;
  return typeof raisedTo === 'number' ? raisedTo : undefined;
}

function notes(schema: z.ZodMiniType): string {
  const raisedTo = raisedMinimum(schema);
  const floor = raisedTo === undefined ? '' : ` Smaller values are raised to ${raisedTo}.`;
  return `${floor}${isSecret(schema) ? ' Secret: redacted in support bundles.' : ''}`;
}

function typeName(schema: z.ZodMiniType): string {
  const inner = unwrap(schema);
  if (derivesFrom(inner, localizedText)) return 'label';
  if (derivesFrom(inner, webUrl)) return 'URL';
  if (derivesFrom(inner, webUrlTemplate)) return 'URL template';
  if (derivesFrom(inner, contactChannel)) return 'URL or mailto:address';
  if (derivesFrom(inner, iconRef)) return 'icon name or URL';
  if (derivesFrom(inner, featureSetting)) return 'boolean, {"ring": "pilot"} or {"percent": 0–100}';
  const shape = shapeOf(inner);
  if (shape.kind === 'object') return 'object';
  if (shape.kind === 'array') return `list of ${typeName(shape.element)}`;
  if (shape.kind === 'leaf' && shape.type === 'number') {
    const raisedTo = raisedMinimum(inner);
    const min = raisedTo ?? checksOf(inner).find((check) => check.check === 'greater_than')?.value;
    const max = checksOf(inner).find((check) => check.check === 'less_than')?.value;
    return min !== undefined && max !== undefined ? `integer ${min}–${max}` : 'number';
  }
  return shape.kind === 'leaf' ? shape.type : 'string';
}

function rows(schema: z.ZodMiniType, prefix: string): Row[] {
  const inner = unwrap(schema);
  if (derivesFrom(inner, localizedText)) return [];
  const shape = shapeOf(inner);
  const children =
    shape.kind === 'object'
      ? Object.entries(shape.shape).map(([key, child]) => [prefix ? `${prefix}.${key}` : key, child] as const)
      : shape.kind === 'array' && shapeOf(unwrap(shape.element)).kind === 'object'
        ? Object.entries((shapeOf(unwrap(shape.element)) as { shape: Record<string, z.ZodMiniType> }).shape).map(
            ([key, child]) => [`${prefix}[].${key}`, child] as const,
          )
        : [];
  return children.flatMap(([key, child]) => [
    {
      key,
      type: typeName(child),
      description: `${descriptionOf(child) ?? ''}${notes(child)}`,
    },
    ...rows(child, key),
  ]);
}

export function keyReferenceMarkdown(): string {
  const lines = [
    '| Key | Type | Description |',
    '| --- | --- | --- |',
    ...rows(policySchema, '').map(
      (row) => `| \`${row.key}\` | ${row.type} | ${row.description.replaceAll('|', '\\|').replaceAll('\n', ' ')} |`,
    ),
  ];
  return lines.join('\n');
}
