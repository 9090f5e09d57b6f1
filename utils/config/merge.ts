/**
 * One configuration from four sources, per setting path: an enforced policy value › the user's value (where
 * allowed) › a policy default › the organisation's document › the built-in default. Pure.
 */

import { type FeatureDecision, resolveFeatures } from '../rollout/resolve';
import { type DeviceRing, UNDRAWN } from '../rollout/ring';
import {
  type ConfigIssue,
  type ConfigSource,
  DEFAULT_POLLING_MINUTES,
  type EffectiveConfig,
  POLLING_FLOOR_MINUTES,
} from './effective';
import { flatten, unflatten } from './flatten';
import type { PolicyDocument } from './policy-schema';
import type { ConfigDocument } from './schema';
import { SETTING_PATHS } from './validate-sources';

interface MergeInput {
  policy: Partial<PolicyDocument>;
  document: Partial<ConfigDocument>;
  /** Setting path → the user's validated value. */
  user: ReadonlyMap<string, unknown>;
  /** Issues found while validating the sources. */
  issues: ConfigIssue[];
  /** This device's rollout bucket; absent, percent rollouts below 100 are off. */
  device?: DeviceRing;
}

interface Merged {
  effective: EffectiveConfig;
  /** Why each feature is on or off on this device (the options page shows it). */
  decisions: FeatureDecision[];
}

/** Whether the user may set this path: listed in userMayChange, or the configuration URL when no policy sets it. */
export function userMayChange(policy: Partial<PolicyDocument>, path: string): boolean {
  if (policy.userMayChange?.includes(path)) return true;
  return path === 'configUrl' && policy.configUrl === undefined;
}

export function mergeConfig(input: MergeInput): EffectiveConfig {
  return mergeWithDecisions(input).effective;
}

export function mergeWithDecisions(input: MergeInput): Merged {
  const policyValues = flatten(input.policy, SETTING_PATHS);
  const documentValues = flatten(input.document, SETTING_PATHS);
  const chosen = new Map<string, unknown>();
  const provenance: Record<string, ConfigSource> = {};
  const issues = [...input.issues];

  for (const path of SETTING_PATHS) {
    const mayChange = userMayChange(input.policy, path);
    let source: ConfigSource = 'default';
    if (policyValues.has(path) && !mayChange) source = 'policy';
    else if (input.user.has(path) && mayChange) source = 'user';
    else if (policyValues.has(path)) source = 'policy';
    else if (documentValues.has(path)) source = 'document';
    if (input.user.has(path) && !mayChange) {
      issues.push({ source: 'user', path, message: "ignored: your organisation's policy sets this value" });
    }
    provenance[path] = source;
    const value =
      source === 'policy'
        ? policyValues.get(path)
        : source === 'user'
          ? input.user.get(path)
          : documentValues.get(path);
    if (value !== undefined) chosen.set(path, value);
  }

  const merged = unflatten(chosen) as Partial<ConfigDocument> & { configUrl?: string };
  let pollingIntervalMinutes = merged.polling?.intervalMinutes ?? DEFAULT_POLLING_MINUTES;
  if (pollingIntervalMinutes < POLLING_FLOOR_MINUTES) {
    issues.push({
      source: provenance['polling.intervalMinutes'] ?? 'default',
      path: 'polling.intervalMinutes',
      message: `${pollingIntervalMinutes} is below the floor: ${POLLING_FLOOR_MINUTES} minutes are used`,
    });
    pollingIntervalMinutes = POLLING_FLOOR_MINUTES;
  }

  const rollout = resolveFeatures(merged.features, input.device ?? UNDRAWN, merged.rollout?.pilot === true);
  const effective: EffectiveConfig = {
    configUrl: merged.configUrl ?? null,
    esn: merged.esn ?? {},
    tools: merged.tools ?? [],
    feeds: merged.feeds ?? [],
    sections: {
      ...(merged.sections?.url === undefined ? {} : { url: merged.sections.url }),
      entries: merged.sections?.entries ?? [],
      ...(merged.sections?.columns === undefined ? {} : { columns: merged.sections.columns }),
    },
    features: rollout.features,
    pollingIntervalMinutes,
    links: merged.links ?? {},
    indicators: merged.indicators ?? {},
    onboarding: merged.onboarding ?? {},
    relocation: merged.relocation ?? {},
    launcher: merged.launcher ?? {},
    ...(merged.rollout?.pilot === true && { rollout: { pilot: true } }),
    allowedInsecureOrigins: input.policy.allowedInsecureOrigins ?? [],
    provenance,
    issues,
  };
  return { effective, decisions: rollout.decisions };
}
