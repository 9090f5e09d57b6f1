import { describe, expect, it } from 'vitest';
import { webPageFilters } from '@/utils/tabs/web-page-filters';

describe('webPageFilters', () => {
  it('turns the default host permissions into scheme and host filters', () => {
    expect(webPageFilters(['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'])).toEqual([
      { schemes: ['https'] },
      { schemes: ['http'], hostEquals: '127.0.0.1' },
      { schemes: ['http'], hostEquals: 'localhost' },
    ]);
  });

  it('follows a narrow build: exact hosts, a domain and its subdomains, any web scheme', () => {
    expect(webPageFilters(['https://esn.example.com/*', '*://*.intranet.example/portal/*'])).toEqual([
      { schemes: ['https'], hostEquals: 'esn.example.com' },
      { schemes: ['http', 'https'], hostEquals: 'intranet.example' },
      { schemes: ['http', 'https'], hostSuffix: '.intranet.example' },
    ]);
  });

  it('reads <all_urls> as every web page and leaves out what is not a web page', () => {
    expect(webPageFilters(['<all_urls>'])).toEqual([{ schemes: ['http', 'https'] }]);
    expect(webPageFilters(['file:///*', 'ftp://files.example/*', 'not a pattern', ''])).toEqual([]);
  });
});
