/** Validation of each source with the rules that depend on the others (trusted http origins, userMayChange). */
import * as z from 'zod/mini';
import type { ConfigIssue } from './effective';
import { type PolicyDocument, policySchema } from './policy-schema';
import { type ConfigDocument, configDocumentSchema } from './schema';
import { schemaAt, settingPaths } from './schema-walk';
import type { UserSettings } from './user-settings';
import { validateLenient } from './validate';

/** Every setting path of the merged configuration: the document's, plus configUrl. */
export const SETTING_PATHS: readonly string[] = ['configUrl', ...settingPaths(configDocumentSchema)];

const originsOnly = z.object({ allowedInsecureOrigins: policySchema.shape.allowedInsecureOrigins });

interface ValidatedPolicy {
  value: Partial<PolicyDocument>;
  issues: ConfigIssue[];
}

export function validatePolicy(raw: unknown): ValidatedPolicy {
  // Trusted http origins first: the policy's own URLs are checked against them.
  const originsInput =
    typeof raw === 'object' && raw !== null && 'allowedInsecureOrigins' in raw
      ? { allowedInsecureOrigins: raw.allowedInsecureOrigins }
      : {};
  const origins = validateLenient(originsOnly, originsInput, { source: 'policy' }).value.allowedInsecureOrigins ?? [];
  const { value, issues } = validateLenient(policySchema, raw, { source: 'policy', allowedInsecureOrigins: origins });
  if (value.userMayChange) {
    const known = value.userMayChange.filter((path) => SETTING_PATHS.includes(path));
    value.userMayChange.forEach((path, index) => {
      if (!SETTING_PATHS.includes(path)) {
        issues.push({
          source: 'policy',
          path: `userMayChange[${index}]`,
          message: `"${path.slice(0, 100)}" is not a setting path`,
        });
      }
    });
    value.userMayChange = known;
  }
  return { value, issues };
}

export function validateDocument(
  raw: unknown,
  allowedInsecureOrigins: readonly string[],
): { value: Partial<ConfigDocument>; issues: ConfigIssue[] } {
  return validateLenient(configDocumentSchema, raw, { source: 'document', allowedInsecureOrigins });
}

interface ValidatedUser {
  /** Setting path → value, each checked by the schema of its path. */
  values: Map<string, unknown>;
  issues: ConfigIssue[];
}

const configUrlOnly = z.object({ configUrl: policySchema.shape.configUrl });

export function validateUserSettings(raw: UserSettings, allowedInsecureOrigins: readonly string[]): ValidatedUser {
  const values = new Map<string, unknown>();
  const issues: ConfigIssue[] = [];
  if (raw.configUrl !== undefined && raw.configUrl !== '') {
    const checked = validateLenient(
      configUrlOnly,
      { configUrl: raw.configUrl },
      { source: 'user', allowedInsecureOrigins },
    );
    issues.push(...checked.issues);
    if (checked.value.configUrl) values.set('configUrl', checked.value.configUrl);
  }
  for (const [path, value] of Object.entries(raw.settings ?? {})) {
    const schema = path === 'configUrl' ? undefined : schemaAt(configDocumentSchema, path);
    if (!schema || !SETTING_PATHS.includes(path)) {
      issues.push({ source: 'user', path: path.slice(0, 100), message: 'is not a setting path' });
      continue;
    }
    const checked = validateLenient(z.object({ value: schema }), { value }, { source: 'user', allowedInsecureOrigins });
    issues.push(...checked.issues.map((issue) => ({ ...issue, path: issue.path.replace(/^value/, path) })));
    if (checked.value.value !== undefined) values.set(path, checked.value.value);
  }
  return { values, issues };
}
