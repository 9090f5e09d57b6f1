// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { matchSectionPage, matchTool, shareableAddress } from '@/utils/companion/match';
import type { SectionEntry, Tool } from '@/utils/config/schema';

const tools: Tool[] = [
  { id: 'expenses', label: 'Expenses', url: 'https://expenses.example.com/app/start' },
  {
    id: 'payslips',
    label: 'Payslips',
    url: 'https://hr.example.com/payslips',
    matches: ['https://*.payroll-vendor.test/portal/*', 'http://127.0.0.1:8080/payslips*'],
  },
];

describe('matchTool', () => {
  it('matches any page on the tool’s own origin', () => {
    expect(matchTool('https://expenses.example.com/reports?id=3', tools)?.id).toBe('expenses');
    expect(matchTool('https://hr.example.com/other', tools)?.id).toBe('payslips');
  });

  it('matches configured patterns: subdomains, path globs, ports', () => {
    expect(matchTool('https://eu.payroll-vendor.test/portal/me', tools)?.id).toBe('payslips');
    expect(matchTool('https://payroll-vendor.test/portal/', tools)?.id).toBe('payslips');
    expect(matchTool('http://127.0.0.1:8080/payslips/2026', tools)?.id).toBe('payslips');
    expect(matchTool('https://eu.payroll-vendor.test/admin', tools)).toBeNull();
    expect(matchTool('http://127.0.0.1:9090/payslips', tools)).toBeNull();
  });

  it('never matches a look-alike host', () => {
    for (const lookAlike of [
      'https://expenses.example.com.evil.test/',
      'https://expenses-example.com/',
      'https://evil.test/https://expenses.example.com/',
      'https://expenses.example.com@evil.test/',
      'https://notpayroll-vendor.test/portal/x',
      'https://payroll-vendor.test.evil.test/portal/x',
      'http://expenses.example.com/',
    ]) {
      expect(matchTool(lookAlike, tools), lookAlike).toBeNull();
    }
  });

  it('ignores addresses that are not web pages', () => {
    expect(matchTool('chrome-extension://abc/popup.html', tools)).toBeNull();
    expect(matchTool('not a url', tools)).toBeNull();
  });
});

describe('tools on a shared origin', () => {
  const onEsn: Tool[] = [
    { id: 'rooms', label: 'Rooms', url: 'https://esn.example.com/apps/rooms' },
    { id: 'cars', label: 'Cars', url: 'https://esn.example.com/apps/cars/' },
  ];
  it('match their own address and below only, not every page of the ESN', () => {
    expect(matchTool('https://esn.example.com/apps/rooms/book?day=1', onEsn)?.id).toBe('rooms');
    expect(matchTool('https://esn.example.com/apps/cars', onEsn)?.id).toBe('cars');
    expect(matchTool('https://esn.example.com/apps/roomsmore', onEsn)).toBeNull();
    expect(matchTool('https://esn.example.com/news', onEsn)).toBeNull();
    const alone = [{ id: 'wiki', label: 'Wiki', url: 'https://esn.example.com/wiki' }];
    expect(matchTool('https://esn.example.com/news', alone, 'https://esn.example.com/')).toBeNull();
    expect(matchTool('https://esn.example.com/news', alone)?.id).toBe('wiki');
  });
});

describe('matchSectionPage', () => {
  const entries: SectionEntry[] = [
    { id: 'canteen', title: 'Canteen menus', newUrl: 'https://esn.example.com/groups/canteen/', oldUrls: [] },
  ];
  it('knows a relocated section’s new page, trailing slash aside, and nothing below it', () => {
    expect(matchSectionPage('https://esn.example.com/groups/canteen?tab=1', entries)?.id).toBe('canteen');
    expect(matchSectionPage('https://esn.example.com/groups/canteen-old', entries)).toBeNull();
    expect(matchSectionPage('https://esn.example.com.evil.test/groups/canteen/', entries)).toBeNull();
  });
});

it('shares a page address without its query or fragment', () => {
  expect(shareableAddress('https://hr.example.com/payslips/2026?employee=42#mine')).toBe(
    'https://hr.example.com/payslips/2026',
  );
});
