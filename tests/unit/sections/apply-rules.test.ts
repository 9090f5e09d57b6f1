import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Browser, browser } from 'wxt/browser';
import type { SectionEntry } from '@/utils/config/schema';
import { applyGuidanceRules } from '@/utils/sections/apply-rules';

type Rule = Browser.declarativeNetRequest.Rule;

const archive: SectionEntry = {
  id: 'document-archive',
  title: 'Archives',
  oldUrls: ['https://old.example/archives.aspx'],
  oldUrlPrefixes: ['https://old.example/documents/'],
  newUrl: 'https://esn.example/ressources/documents',
};

/** The browser's dynamic rules; `refuseRegex`: it rejects regular expression rules (as an older browser would). */
function dynamicRules(refuseRegex: boolean) {
  let installed: Rule[] = [];
  vi.spyOn(browser.declarativeNetRequest, 'getDynamicRules').mockImplementation(async () => installed);
  const update = vi
    .spyOn(browser.declarativeNetRequest, 'updateDynamicRules')
    .mockImplementation(async ({ addRules = [], removeRuleIds = [] }) => {
      if (refuseRegex && addRules.some((rule) => rule.condition.regexFilter !== undefined)) {
        throw new Error('regexFilter is not supported');
      }
      installed = [...installed.filter((rule) => !removeRuleIds.includes(rule.id)), ...addRules];
    });
  return { installed: () => installed, update };
}

afterEach(() => vi.restoreAllMocks());

describe('applyGuidanceRules', () => {
  it('passes the exact address opened under a prefix to the guidance page', async () => {
    const rules = dynamicRules(false);
    const status = await applyGuidanceRules([archive], true);
    expect(status).toMatchObject({ enabled: true, ruleCount: 2, uncoveredCount: 0 });
    expect(status.error).toBeUndefined();
    expect(rules.installed()[1]).toMatchObject({
      condition: { regexFilter: '^https://old\\.example/documents/.*', resourceTypes: ['main_frame'] },
      action: {
        type: 'redirect',
        redirect: { regexSubstitution: `${browser.runtime.getURL('/moved.html')}?id=document-archive&from=\\0` },
      },
    });
  });

  it('falls back to plain prefix rules when the browser refuses regular expressions', async () => {
    const rules = dynamicRules(true);
    const status = await applyGuidanceRules([archive], true);
    expect(status).toMatchObject({ ruleCount: 2 });
    expect(status.error).toBeUndefined();
    expect(rules.update).toHaveBeenCalledTimes(2);
    expect(rules.installed()[1]?.condition).toEqual({
      urlFilter: '|https://old.example/documents/',
      resourceTypes: ['main_frame'],
    });
  });
});
