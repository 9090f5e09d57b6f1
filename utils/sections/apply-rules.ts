/** Installs the planned guidance rules in the browser, replacing the previous set in one update. */
import { browser } from 'wxt/browser';
import type { SectionEntry } from '../config/schema';
import {
  DEFAULT_REGEX_RULE_LIMIT,
  DEFAULT_RULE_LIMIT,
  GUIDANCE_PAGE,
  isGuidanceRule,
  planRelocationRules,
  type RuleOptions,
} from './relocation-rules';
import type { GuidanceStatus } from './slice';

/** Kept in the status: enough for the diagnostics to name them, bounded for the snapshot. */
const MAX_LISTED_UNCOVERED = 50;

/** The browser's cap on redirect rules: the lower of the dynamic and the "unsafe" dynamic limits it declares. */
function ruleLimit(): number {
  const dnr = browser.declarativeNetRequest as unknown as Record<string, unknown>;
  // Firefox before 128 named its cap MAX_NUMBER_OF_DYNAMIC_AND_SESSION_RULES.
  const limits = [
    'MAX_NUMBER_OF_DYNAMIC_RULES',
    'MAX_NUMBER_OF_UNSAFE_DYNAMIC_RULES',
    'MAX_NUMBER_OF_DYNAMIC_AND_SESSION_RULES',
  ]
    .map((name) => dnr[name])
    .filter((value): value is number => typeof value === 'number' && value > 0);
  return limits.length > 0 ? Math.min(...limits) : DEFAULT_RULE_LIMIT;
}

/** The browser's cap on regular expression rules (Chromium and Firefox: 1,000). */
function regexRuleLimit(): number {
  const value = (browser.declarativeNetRequest as unknown as Record<string, unknown>).MAX_NUMBER_OF_REGEX_RULES;
  return typeof value === 'number' && value > 0 ? value : DEFAULT_REGEX_RULE_LIMIT;
}

export async function applyGuidanceRules(entries: readonly SectionEntry[], enabled: boolean): Promise<GuidanceStatus> {
  const exactFrom: RuleOptions = { regexLimit: regexRuleLimit(), guidanceUrl: browser.runtime.getURL(GUIDANCE_PAGE) };
  try {
    return await install(entries, enabled, exactFrom);
  } catch {
    // A browser refusing the regular expression rules still gets plain ones: the page then shows the prefix.
    return install(entries, enabled, { regexLimit: 0, guidanceUrl: '' }).catch((error: unknown) =>
      failed(entries, enabled, error),
    );
  }
}

function statusOf(plan: ReturnType<typeof planRelocationRules>, enabled: boolean, limit: number): GuidanceStatus {
  return {
    enabled,
    ruleCount: plan.rules.length,
    ruleLimit: limit,
    uncovered: plan.uncovered.slice(0, MAX_LISTED_UNCOVERED).map(({ id, reason }) => `${id} (${reason})`),
    uncoveredCount: plan.uncovered.length,
  };
}

/** Replaces our rules with the planned ones in one update; throws when the browser refuses them. */
async function install(
  entries: readonly SectionEntry[],
  enabled: boolean,
  options: RuleOptions,
): Promise<GuidanceStatus> {
  const limit = ruleLimit();
  const plan = enabled ? planRelocationRules(entries, limit, options) : { rules: [], uncovered: [] };
  const existing = await browser.declarativeNetRequest.getDynamicRules();
  const ours = existing.filter(isGuidanceRule).map((rule) => rule.id);
  // Ids of other rules are left alone; ours must not collide with them.
  const taken = new Set(existing.filter((rule) => !isGuidanceRule(rule)).map((rule) => rule.id));
  const clash = plan.rules.find((rule) => taken.has(rule.id));
  if (clash) throw new Error(`rule id ${clash.id} is used by another rule`);
  await browser.declarativeNetRequest.updateDynamicRules({ removeRuleIds: ours, addRules: plan.rules });
  return statusOf(plan, enabled, limit);
}

function failed(entries: readonly SectionEntry[], enabled: boolean, error: unknown): GuidanceStatus {
  const limit = ruleLimit();
  const plan = enabled ? planRelocationRules(entries, limit) : { rules: [], uncovered: [] };
  return {
    ...statusOf(plan, enabled, limit),
    ruleCount: 0,
    error: error instanceof Error ? error.message : String(error),
  };
}
