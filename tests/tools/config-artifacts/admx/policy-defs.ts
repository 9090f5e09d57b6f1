/**
 * The Group Policy settings of Passerelle, one per setting path of the policy schema (the same walk as the key
 * reference and the managed schema), with where each one lands in the registry. Chromium reads the
 * `3rdparty\extensions\<id>\policy` key with the managed schema: a subkey is an object, a subkey of numbered
 * values is a list, a DWORD is a boolean or an integer, and a JSON string is accepted for a list or an object.
 */
import type * as z from 'zod/mini';
import { featureSetting } from '../../../../utils/config/features-schema';
import { policySchema } from '../../../../utils/config/policy-schema';
import { localizedText, MAX_TEXT } from '../../../../utils/config/schema-fields';
import { checksOf, derivesFrom, schemaAt, settingPaths, shapeOf, unwrap } from '../../../../utils/config/schema-walk';
import { descriptionOf } from '../managed-schema';

/** How the setting is edited in the Group Policy editor. */
export type PolicyElement =
  | { kind: 'boolean' }
  | { kind: 'decimal'; min: number; max: number }
  | { kind: 'text'; maxLength: number }
  | { kind: 'json'; maxLength: number }
  | { kind: 'list' }
  | { kind: 'label'; languages: readonly string[] };

export interface PolicyDef {
  /** Setting path, e.g. "features.news". */
  path: string;
  /** ADMX policy name: the path without dots, e.g. "features_news". */
  name: string;
  /** Category: the top-level key for a nested setting, "general" for a top-level one. */
  category: string;
  /** Subkey below the policy key ("" for a top-level value), e.g. "features" or "esn\\name". */
  subkey: string;
  /** Registry value name ("" for lists and labels, whose values live in their own subkey). */
  valueName: string;
  element: PolicyElement;
  description: string;
}

export const LABEL_LANGUAGES = ['en', 'fr'] as const;
/** The registry's practical bound for a text value typed in the Group Policy editor. */
const JSON_MAX_LENGTH = 1_000_000;

function elementOf(schema: z.ZodMiniType): PolicyElement {
  const inner = unwrap(schema);
  if (derivesFrom(inner, localizedText)) return { kind: 'label', languages: LABEL_LANGUAGES };
  // A Group Policy turns a feature on or off; rings and percentages belong to the document.
  if (derivesFrom(inner, featureSetting)) return { kind: 'boolean' };
  const shape = shapeOf(inner);
  if (shape.kind === 'array') {
    const item = shapeOf(unwrap(shape.element));
    return item.kind === 'leaf' && item.type === 'string'
      ? { kind: 'list' }
      : { kind: 'json', maxLength: JSON_MAX_LENGTH };
  }
  if (shape.kind !== 'leaf') return { kind: 'json', maxLength: JSON_MAX_LENGTH };
  if (shape.type === 'boolean') return { kind: 'boolean' };
  const checks = checksOf(inner);
  if (shape.type === 'number') {
    const min = checks.find((check) => check.check === 'greater_than')?.value ?? 0;
    const max = checks.find((check) => check.check === 'less_than')?.value ?? 2_147_483_647;
    return { kind: 'decimal', min, max };
  }
  const maxLength = checks.find((check) => check.check === 'max_length')?.maximum ?? MAX_TEXT;
  return { kind: 'text', maxLength };
}

function defOf(path: string): PolicyDef {
  const schema = schemaAt(policySchema, path);
  if (!schema) throw new Error(`no schema at ${path}`);
  const element = elementOf(schema);
  const segments = path.split('.');
  const parents = segments.slice(0, -1);
  const last = segments.at(-1) ?? path;
  const ownSubkey = element.kind === 'list' || element.kind === 'label';
  return {
    path,
    name: segments.join('_'),
    category: parents[0] ?? 'general',
    subkey: (ownSubkey ? segments : parents).join('\\'),
    valueName: ownSubkey ? '' : last,
    element,
    description: descriptionOf(schema) ?? '',
  };
}

/** Every policy setting, in the schema's order. */
export function policyDefs(): PolicyDef[] {
  return settingPaths(policySchema).map(defOf);
}

/** The categories in the order their first setting appears. */
export function categoriesOf(defs: readonly PolicyDef[]): string[] {
  return [...new Set(defs.map((def) => def.category))];
}
