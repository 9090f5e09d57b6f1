/**
 * The guidance rules: one declarativeNetRequest redirect per old address (exact) or old prefix, main frame only,
 * to the guidance page. Rules act before DNS, so a host that no longer exists is caught too. The browser caps
 * redirect rules (Chromium: 5,000 "unsafe" dynamic rules; Firefox: 5,000 dynamic rules); entries are covered in
 * the order of the index and the ones beyond the cap are reported, never silently dropped.
 */
import type { Browser } from 'wxt/browser';
import type { SectionEntry } from '../config/schema';

export type DnrRule = Browser.declarativeNetRequest.Rule;

export const GUIDANCE_PAGE = '/moved.html';
export const DEFAULT_RULE_LIMIT = 5000;

/** An exact address wins over any prefix; a longer prefix wins over a shorter one. */
const EXACT_PRIORITY = 100_000;

export interface RulePlan {
  rules: DnrRule[];
  /** Entries not (fully) covered, with why. */
  uncovered: { id: string; reason: 'limit' | 'pattern' | 'loop' }[];
}

/** The page a rule redirects to: `moved.html?id=…&from=…`. */
export function guidancePath(entryId: string, from: string): string {
  return `${GUIDANCE_PAGE}?id=${encodeURIComponent(entryId)}&from=${encodeURIComponent(from)}`;
}

/** The canonical form the browser matches, or null when a URL filter cannot express it (`*`, `^`, `|`). */
function canonical(url: string): string | null {
  if (!URL.canParse(url)) return null;
  const href = new URL(url).href.replace(/#.*$/, '');
  return /[*^|]/.test(href) ? null : href;
}

function isCaughtBy(url: string, exact: readonly string[], prefixes: readonly string[]): boolean {
  const href = canonical(url) ?? url;
  return exact.includes(href) || prefixes.some((prefix) => href.startsWith(prefix));
}

function rulesOf(entry: SectionEntry, firstId: number): DnrRule[] | 'pattern' | 'loop' {
  const exact = (entry.oldUrls ?? []).map(canonical);
  const prefixes = (entry.oldUrlPrefixes ?? []).map(canonical);
  if (exact.includes(null) || prefixes.includes(null)) return 'pattern';
  const exactUrls = exact.filter((url): url is string => url !== null);
  const prefixUrls = prefixes.filter((url): url is string => url !== null);
  // A new address under one of its own old prefixes would redirect forever.
  if (isCaughtBy(entry.newUrl, exactUrls, prefixUrls)) return 'loop';
  const rule = (urlFilter: string, from: string, priority: number, offset: number): DnrRule => ({
    id: firstId + offset,
    priority,
    action: { type: 'redirect', redirect: { extensionPath: guidancePath(entry.id, from) } },
    condition: { urlFilter, resourceTypes: ['main_frame'] },
  });
  return [
    ...exactUrls.map((url, i) => rule(`|${url}|`, url, EXACT_PRIORITY, i)),
    ...prefixUrls.map((url, i) => rule(`|${url}`, url, Math.min(url.length, EXACT_PRIORITY - 1), exactUrls.length + i)),
  ];
}

/** Rule ids start at 1 and are dense: the whole set is replaced at each change. */
export function planRelocationRules(entries: readonly SectionEntry[], limit: number): RulePlan {
  const rules: DnrRule[] = [];
  const uncovered: RulePlan['uncovered'] = [];
  for (const entry of entries) {
    if (!entry.oldUrls?.length && !entry.oldUrlPrefixes?.length) continue;
    const own = rulesOf(entry, rules.length + 1);
    if (typeof own === 'string') uncovered.push({ id: entry.id, reason: own });
    else if (rules.length + own.length > limit) uncovered.push({ id: entry.id, reason: 'limit' });
    else rules.push(...own);
  }
  return { rules, uncovered };
}

/** Whether a dynamic rule is one of ours (another capability may add rules of its own one day). */
export function isGuidanceRule(rule: DnrRule): boolean {
  return rule.action.type === 'redirect' && (rule.action.redirect?.extensionPath ?? '').startsWith(`${GUIDANCE_PAGE}?`);
}
