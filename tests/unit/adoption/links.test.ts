import { describe, expect, it } from 'vitest';
import { diagnosticsText, feedbackUrl, hotlineFormUrl, mailtoHref, telHref } from '@/utils/adoption/links';

const TEMPLATE = 'https://esn.example/retours?q={query}&ctx={context}';
const LABELS = {
  version: 'Version',
  browser: 'Browser',
  configuration: 'Configuration',
  configured: 'received',
  notConfigured: 'not received',
  syncState: 'Sync state',
  lastSync: 'Last sync',
  never: 'never',
};

describe('link building', () => {
  it('fills {query} and {context}, encoded', () => {
    expect(feedbackUrl(TEMPLATE, { kind: 'notFound', query: ' cantine & café ' }, [])).toBe(
      'https://esn.example/retours?q=cantine%20%26%20caf%C3%A9&ctx=not-found',
    );
    expect(feedbackUrl(TEMPLATE, { kind: 'suggestTool' }, [])).toBe('https://esn.example/retours?q=&ctx=suggest-tool');
    expect(feedbackUrl(TEMPLATE, { kind: 'wrongLink', subject: 'tool', id: 'conges' }, [])).toBe(
      'https://esn.example/retours?q=&ctx=wrong-link%3Atool%3Aconges',
    );
  });

  it('caps the query and refuses a template the URL policy refuses', () => {
    const url = feedbackUrl(TEMPLATE, { kind: 'notFound', query: 'a'.repeat(500) }, []);
    expect(url).toContain(`q=${'a'.repeat(200)}&`);
    expect(feedbackUrl('http://esn.example/?q={query}', { kind: 'general' }, [])).toBeNull();
    expect(feedbackUrl('javascript:alert({query})', { kind: 'general' }, [])).toBeNull();
  });

  it('builds tel: links a dialler reads', () => {
    expect(telHref('+33 1 23 45 67 89')).toBe('tel:+33123456789');
    expect(telHref('01.23.45.67.89 (poste 12)')).toBe('tel:012345678912');
    expect(telHref('call us')).toBeNull();
  });

  it('pre-fills the hotline e-mail and form with the diagnostics, and nothing personal', () => {
    const text = diagnosticsText(
      {
        version: '1.2.0',
        browser: 'firefox',
        configured: true,
        syncState: 'ok',
        lastSyncAt: Date.parse('2026-11-27T09:41:27Z'),
      },
      LABELS,
    );
    expect(text).toBe(
      'Version: Passerelle 1.2.0\nBrowser: firefox\nConfiguration: received\nSync state: ok\nLast sync: 2026-11-27 09:41 UTC',
    );
    expect(mailtoHref('hotline@corp.example', 'Help', text)).toBe(
      `mailto:hotline@corp.example?subject=Help&body=${encodeURIComponent(text)}`,
    );
    expect(mailtoHref('a@b.example?cc=evil@x.example', 'Help', text)).toBeNull();
    expect(hotlineFormUrl('https://support.example/new?details={context}', 'a b', [])).toBe(
      'https://support.example/new?details=a%20b',
    );
    expect(
      diagnosticsText({ version: '1', browser: 'chrome', configured: false, syncState: 'never' }, LABELS),
    ).toContain('Last sync: never');
  });
});
