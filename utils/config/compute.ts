/** All sources validated and merged: the pure heart of the configuration capability. */

import type { FeatureDecision } from '../rollout/resolve';
import type { DeviceRing } from '../rollout/ring';
import type { StoredDocument } from './document-store';
import type { EffectiveConfig } from './effective';
import { mergeConfig, mergeWithDecisions } from './merge';
import type { PolicyRead } from './policy';
import type { PolicyDocument } from './policy-schema';
import type { UserSettings } from './user-settings';
import { validateDocument, validatePolicy, validateUserSettings } from './validate-sources';

interface Sources {
  policy: PolicyRead;
  user: UserSettings;
  /** The last good document (of whichever address); applied only when it is the effective address's. */
  document: StoredDocument | null;
  /** This device's rollout bucket (utils/rollout/storage.ts); absent, percent rollouts below 100 are off. */
  device?: DeviceRing;
}

interface Computed {
  effective: EffectiveConfig;
  policy: Partial<PolicyDocument>;
  decisions: FeatureDecision[];
}

export function computeEffective(sources: Sources): Computed {
  const policy = sources.policy.present ? validatePolicy(sources.policy.values) : { value: {}, issues: [] };
  const origins = policy.value.allowedInsecureOrigins ?? [];
  const user = validateUserSettings(sources.user, origins);
  const issues = [...policy.issues, ...user.issues];
  // The address comes from policy or user only, so a first merge without the document gives it.
  const { configUrl } = mergeConfig({ policy: policy.value, document: {}, user: user.values, issues: [] });
  const applicable = configUrl !== null && sources.document?.url === configUrl ? sources.document.body : {};
  const document = validateDocument(applicable, origins);
  const { effective, decisions } = mergeWithDecisions({
    policy: policy.value,
    document: document.value,
    user: user.values,
    issues: [...issues, ...document.issues],
    ...(sources.device ? { device: sources.device } : {}),
  });
  return { effective, policy: policy.value, decisions };
}
