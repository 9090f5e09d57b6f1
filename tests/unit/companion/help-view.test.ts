// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { pageHelp, stillCurrent } from '@/utils/companion/help-view';
import { suggestionUrl } from '@/utils/companion/suggest';
import type { Tool } from '@/utils/config/schema';

const tool: Tool = {
  id: 'expenses',
  label: { fr: 'Notes de frais', en: 'Expenses' },
  url: 'https://expenses.example.com/',
  help: {
    howTo: 'Scan the receipt first.',
    tutorials: [
      { label: 'Video', url: 'https://esn.example.com/videos/expenses' },
      { label: 'Refused', url: 'http://plain.example.com/x' },
    ],
    hotlinePhone: '+33 1 23 45 67 89',
    knownIssues: [
      { text: 'Slow on Mondays', until: '2026-11-30' },
      { text: 'Old outage', until: '2026-11-29' },
      { text: 'Forever' },
    ],
  },
};
const config = { tools: [tool], sections: { entries: [] }, allowedInsecureOrigins: [], esn: {} };

describe('help expiry', () => {
  it('shows a known issue up to and including its last day', () => {
    expect(stillCurrent('2026-11-30', '2026-11-30')).toBe(true);
    expect(stillCurrent('2026-11-29', '2026-11-30')).toBe(false);
    expect(stillCurrent(undefined, '2099-01-01')).toBe(true);
  });

  it('builds the page’s help: issues past their day dropped, refused addresses left out, no query kept', () => {
    const help = pageHelp('https://expenses.example.com/claims?id=9#top', config, '2026-11-30');
    expect(help).toMatchObject({ kind: 'tool', id: 'expenses', page: 'https://expenses.example.com/claims' });
    expect(help?.knownIssues).toEqual(['Slow on Mondays', 'Forever']);
    expect(help?.tutorials.map((t) => t.label)).toEqual(['Video']);
    expect(help?.hotline).toEqual({ phone: '+33 1 23 45 67 89' });
  });
});

describe('suggestionUrl', () => {
  const template = 'https://esn.example.com/feedback?q={query}&c={context}';
  it('carries the kind, the tool, the page without query and the version, and nothing else', () => {
    const url = suggestionUrl(
      template,
      { kind: 'brokenLink', toolId: 'expenses', page: 'https://expenses.example.com/claims', version: '0.3.0' },
      [],
    );
    expect(url).toBe(
      `https://esn.example.com/feedback?q=&c=${encodeURIComponent('broken-link;tool=expenses;page=https://expenses.example.com/claims;version=0.3.0')}`,
    );
  });
  it('gives nothing without a template or when the result may not open', () => {
    expect(suggestionUrl(undefined, { kind: 'suggestTool', version: '1' }, [])).toBeNull();
    expect(suggestionUrl('http://plain.example.com/{context}', { kind: 'suggestTool', version: '1' }, [])).toBeNull();
  });
});

describe('a relocated section’s new page', () => {
  const indexed = {
    id: 'canteen-menus',
    title: { fr: 'Menus de la cantine', en: 'Canteen menus' },
    oldUrls: ['https://intranet.example.com/rh/cantine/menus.aspx'],
    oldUrlPrefixes: ['https://intranet.example.com/rh/cantine/'],
    newUrl: 'https://esn.example.com/services/restauration/menus',
  };

  it('is recognised from the stored index when the configuration lists no entries', () => {
    const help = pageHelp('https://esn.example.com/services/restauration/menus?week=12', config, '2026-11-30', indexed);
    expect(help).toMatchObject({
      kind: 'section',
      id: 'canteen-menus',
      oldUrls: [...indexed.oldUrls, ...indexed.oldUrlPrefixes],
      page: 'https://esn.example.com/services/restauration/menus',
    });
  });

  it('gives way to a tool whose page it is', () => {
    const onTool = { ...indexed, newUrl: 'https://expenses.example.com/' };
    expect(pageHelp('https://expenses.example.com/', config, '2026-11-30', onTool)?.kind).toBe('tool');
  });
});
