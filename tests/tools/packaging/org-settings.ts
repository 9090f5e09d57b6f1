/**
 * The organisation's packaging settings: passerelle.org.json (or the file PASSERELLE_ORG_SETTINGS names), each
 * field overridable by an environment variable. Missing fields take the documented example values, so the
 * command works on a fresh clone; the caller reports which ones did.
 */
// Build-time only (tests/tools/org-package.ts): full zod, not the zod/mini the extension ships.
import { z } from 'zod';

const GECKO_ID_PATTERN = /^(\{[0-9a-fA-F-]{36}\}|[A-Za-z0-9._+-]+@[A-Za-z0-9.-]+)$/;
const VERSION_PATTERN = /^\d+(\.\d+){0,3}$/;

/** https everywhere; plain http only on this machine (a local test server). */
const hostingUrl = z.url({ protocol: /^https?$/ }).refine((text) => {
  const url = new URL(text);
  return url.protocol === 'https:' || ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}, 'must be an https: address (http: only on 127.0.0.1 or localhost, for tests)');

export const orgSettingsSchema = z.strictObject({
  productName: z.string().trim().min(1).max(45).optional(),
  keyFile: z.string().min(1).optional(),
  geckoId: z.string().regex(GECKO_ID_PATTERN, 'must look like name@example.com or {uuid}').optional(),
  updateBaseUrl: hostingUrl.optional(),
  configUrl: hostingUrl.optional(),
  version: z.string().regex(VERSION_PATTERN, 'must be 1 to 4 dot-separated numbers, e.g. 1.2.0').optional(),
});

export type OrgSettingsInput = z.infer<typeof orgSettingsSchema>;

export interface OrgSettings {
  productName: string;
  keyFile: string;
  geckoId: string;
  /** Ends with "/": the packages and update manifests are published under it. */
  updateBaseUrl: string;
  /** The ESN address: the configuration document every filled policy template points to. */
  configUrl: string;
  /** Overrides package.json's version (republishing); undefined keeps the build's. */
  version?: string;
}

export const EXAMPLE_ORG_SETTINGS: OrgSettings = {
  productName: 'Passerelle',
  keyFile: 'passerelle.org.pem',
  geckoId: 'passerelle@passerelle.example',
  updateBaseUrl: 'https://intranet.example.com/passerelle/',
  configUrl: 'https://esn.example.com/passerelle/config.json',
};

export const ENV_NAMES: Record<keyof OrgSettingsInput, string> = {
  productName: 'PASSERELLE_ORG_PRODUCT_NAME',
  keyFile: 'PASSERELLE_ORG_KEY_FILE',
  geckoId: 'PASSERELLE_ORG_GECKO_ID',
  updateBaseUrl: 'PASSERELLE_ORG_UPDATE_BASE_URL',
  configUrl: 'PASSERELLE_ORG_CONFIG_URL',
  version: 'PASSERELLE_ORG_VERSION',
};

export interface ResolvedOrgSettings {
  settings: OrgSettings;
  /** Fields that took the example value: the packages are not ready to deploy until these are set. */
  defaulted: (keyof OrgSettings)[];
}

function fromEnvironment(env: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(ENV_NAMES).flatMap(([field, name]) => (env[name] ? [[field, env[name]]] : [])),
  );
}

/**
 * Merges the file's object and the environment, validates, fills the examples. Throws one message naming every
 * wrong field and where it came from (file or variable).
 */
export function resolveOrgSettings(
  fileValue: unknown,
  env: Record<string, string | undefined>,
  fileLabel = 'passerelle.org.json',
): ResolvedOrgSettings {
  const problems: string[] = [];
  const file = fileValue === undefined ? {} : fileValue;
  const parsedFile = orgSettingsSchema.safeParse(file);
  if (!parsedFile.success) {
    for (const issue of parsedFile.error.issues) {
      problems.push(`${fileLabel}${issue.path.length ? ` › ${issue.path.join('.')}` : ''}: ${issue.message}`);
    }
  }
  const parsedEnv = orgSettingsSchema.safeParse(fromEnvironment(env));
  if (!parsedEnv.success) {
    for (const issue of parsedEnv.error.issues) {
      const field = issue.path[0] as keyof OrgSettingsInput;
      problems.push(`${ENV_NAMES[field] ?? String(field)}: ${issue.message}`);
    }
  }
  if (problems.length) throw new Error(`Organisation settings are not valid:\n  ${problems.join('\n  ')}`);
  const given: OrgSettingsInput = { ...parsedFile.data, ...parsedEnv.data };
  const defaulted = (['productName', 'keyFile', 'geckoId', 'updateBaseUrl', 'configUrl'] as const).filter(
    (field) => given[field] === undefined,
  );
  const merged = { ...EXAMPLE_ORG_SETTINGS, ...given };
  const updateBaseUrl = merged.updateBaseUrl.endsWith('/') ? merged.updateBaseUrl : `${merged.updateBaseUrl}/`;
  return { settings: { ...merged, updateBaseUrl }, defaulted };
}
