/**
 * The guidance rules: one declarativeNetRequest redirect per old address (exact) or old prefix, main frame only,
 * to the guidance page. Rules act before DNS, so a host that no longer exists is caught too. The browser caps
 * redirect rules (Chromium: 5,000 "unsafe" dynamic rules; Firefox: 5,000 dynamic rules); entries are covered in
 * the order of the index and the ones beyond the cap are reported, never silently dropped.
 * A prefix rule passes the exact address opened to the guidance page (a regular expression rule: `\0` in its
 * substitution), within the browser's cap on such rules (1,000 in Chromium and Firefox); beyond it, prefix rules
 * are plain URL filters and the page shows the prefix.
 */
import type { Browser } from 'wxt/browser';
import type { SectionEntry } from '../config/schema';
import { requestForm } from './old-address';

type DnrRule = Browser.declarativeNetRequest.Rule;

export const GUIDANCE_PAGE = '/moved.html';
export const DEFAULT_RULE_LIMIT = 5000;
export const DEFAULT_REGEX_RULE_LIMIT = 1000;

/** An exact address wins over any prefix; a longer prefix wins over a shorter one. */
const EXACT_PRIORITY = 100_000;

interface RulePlan {
  rules: DnrRule[];
  /** Entries not (fully) covered, with why. */
  uncovered: { id: string; reason: 'limit' | 'pattern' | 'loop' }[];
}

/** The page a rule redirects to: `moved.html?id=…&from=…` (`from` last: see parseGuidanceQuery). */
export function guidancePath(entryId: string, from: string): string {
  return `${GUIDANCE_PAGE}?id=${encodeURIComponent(entryId)}&from=${encodeURIComponent(from)}`;
}

export interface RuleOptions {
  /** How many prefix rules may pass the exact address (regular expression rules); 0: none. */
  regexLimit: number;
  /** The guidance page's full URL (a regular expression substitution cannot name an extension path). */
  guidanceUrl: string;
}

const NO_REGEX: RuleOptions = { regexLimit: 0, guidanceUrl: '' };

/** A regular expression (RE2, as the browsers use) matching the text as is. */
function literal(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}

/** The form the browser matches (old-address.ts), or null when a URL filter cannot express it (`*`, `^`, `|`). */
function canonical(url: string): string | null {
  const href = requestForm(url);
  return href === null || /[*^|]/.test(href) ? null : href;
}

function isCaughtBy(url: string, exact: readonly string[], prefixes: readonly string[]): boolean {
  const href = canonical(url) ?? url;
  return exact.includes(href) || prefixes.some((prefix) => href.startsWith(prefix));
}

function rulesOf(
  entry: SectionEntry,
  firstId: number,
  regexLeft: number,
  guidanceUrl: string,
): DnrRule[] | 'pattern' | 'loop' {
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
  // `\0` is the whole match, the address as opened: the guidance page reads `from` raw, to the end.
  const exactFromRule = (prefix: string, priority: number, offset: number): DnrRule => ({
    id: firstId + offset,
    priority,
    action: {
      type: 'redirect',
      redirect: { regexSubstitution: `${guidanceUrl}?id=${encodeURIComponent(entry.id)}&from=\\0` },
    },
    condition: { regexFilter: `^${literal(prefix)}.*`, resourceTypes: ['main_frame'] },
  });
  return [
    ...exactUrls.map((url, i) => rule(`|${url}|`, url, EXACT_PRIORITY, i)),
    ...prefixUrls.map((url, i) => {
      const priority = Math.min(url.length, EXACT_PRIORITY - 1);
      const offset = exactUrls.length + i;
      return i < regexLeft ? exactFromRule(url, priority, offset) : rule(`|${url}`, url, priority, offset);
    }),
  ];
}

/** Rule ids start at 1 and are dense: the whole set is replaced at each change. */
export function planRelocationRules(
  entries: readonly SectionEntry[],
  limit: number,
  { regexLimit, guidanceUrl }: RuleOptions = NO_REGEX,
): RulePlan {
  const rules: DnrRule[] = [];
  const uncovered: RulePlan['uncovered'] = [];
  let regexLeft = guidanceUrl ? regexLimit : 0;
  for (const entry of entries) {
    if (!entry.oldUrls?.length && !entry.oldUrlPrefixes?.length) continue;
    const own = rulesOf(entry, rules.length + 1, regexLeft, guidanceUrl);
    if (typeof own === 'string') uncovered.push({ id: entry.id, reason: own });
    else if (rules.length + own.length > limit) uncovered.push({ id: entry.id, reason: 'limit' });
    else {
      rules.push(...own);
      regexLeft -= own.filter((rule) => rule.condition.regexFilter !== undefined).length;
    }
  }
  return { rules, uncovered };
}

/** Whether a dynamic rule is one of ours (another capability may add rules of its own one day). */
export function isGuidanceRule(rule: DnrRule): boolean {
  const redirect = rule.action.type === 'redirect' ? rule.action.redirect : undefined;
  return (
    (redirect?.extensionPath ?? '').startsWith(`${GUIDANCE_PAGE}?`) ||
    (redirect?.regexSubstitution ?? '').includes(`${GUIDANCE_PAGE}?`)
  );
}
