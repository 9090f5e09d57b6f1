/** The support bundle: versions, browser, the policy received and every source's state, secrets redacted. */
import type { Diagnostics } from '../config/diagnostics';
import { redactSecrets, secretPaths } from '../config/secrets';
import { REDACTED, type SourcesDiagnostics, SUPPORT_BUNDLE_SCHEMA, type SupportBundle } from './types';

interface BundleInput {
  diagnostics: Diagnostics;
  /** The policy values as received (before validation): IT sees what arrived. */
  policyValues: Record<string, unknown>;
  sources: SourcesDiagnostics;
}

export function buildSupportBundle({ diagnostics, policyValues, sources }: BundleInput): SupportBundle {
  const secret = new Set(secretPaths());
  const { endpoint, ...indicators } = sources.indicators;
  return {
    schema: SUPPORT_BUNDLE_SCHEMA,
    generatedAt: diagnostics.generatedAt,
    version: diagnostics.version,
    browser: diagnostics.userAgent,
    extensionId: diagnostics.extensionId,
    policy: {
      present: diagnostics.policy.present,
      values: redactSecrets(policyValues, REDACTED),
      ...(diagnostics.policy.note && { note: diagnostics.policy.note }),
    },
    settings: diagnostics.settings.map(({ path, value, source }) => ({
      path,
      value: secret.has(path) && value !== undefined ? REDACTED : value,
      source,
    })),
    sources: {
      ...sources,
      indicators: { ...indicators, ...(endpoint !== undefined && { endpoint: REDACTED }) },
    },
  };
}
