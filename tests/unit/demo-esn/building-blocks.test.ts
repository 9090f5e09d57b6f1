// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { applyConditional, cacheableReply, nextLastModified, strongEtag } from '../../demo-esn/conditional';
import { cdata, escapeXml } from '../../demo-esn/content/feeds';
import { csvField } from '../../demo-esn/content/sections-csv';
import { garble } from '../../demo-esn/faults';
import { escapeHtml, html } from '../../demo-esn/html';
import { aggregateIndicators } from '../../demo-esn/indicators';
import { withLang } from '../../demo-esn/lang';
import { CONTENT_TYPES } from '../../demo-esn/reply';

describe('html', () => {
  it('escapes every interpolated value, but not nested templates', () => {
    const name = `<img src=x onerror="alert('1')">`;
    expect(escapeHtml(name)).toBe('&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;');
    const markup = html`<p title="${name}">${name} ${[html`<b>${'&'}</b>`, 'x<y']} ${null}${undefined}${false}${3}</p>`;
    expect(String(markup)).toBe(
      '<p title="&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;">&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt; <b>&amp;</b>x&lt;y 3</p>',
    );
  });
});

describe('xml', () => {
  it('escapes text and keeps CDATA closed', () => {
    expect(escapeXml(`R&D <"'>`)).toBe('R&amp;D &lt;&quot;&apos;&gt;');
    expect(cdata('a]]>b')).toBe('<![CDATA[a]]]]><![CDATA[>b]]>');
  });
});

describe('csv', () => {
  it('quotes only fields that need it', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded')).toBe('" padded"');
  });
});

describe('conditional', () => {
  it('moves Last-Modified strictly forward, in whole seconds', () => {
    expect(nextLastModified(10_000, 10_400)).toBe(11_000);
    expect(nextLastModified(10_000, 25_700)).toBe(25_000);
  });

  it('gives a strong ETag that depends on the body only', () => {
    expect(strongEtag('a')).toBe(strongEtag('a'));
    expect(strongEtag('a')).not.toBe(strongEtag('b'));
    expect(strongEtag('a')).toMatch(/^"[A-Za-z0-9_-]+"$/);
  });

  it('turns a matching request into a bodiless 304 keeping the validators', () => {
    const reply = cacheableReply('body', CONTENT_TYPES.json, Date.UTC(2026, 8, 1));
    const notModified = applyConditional({ 'if-none-match': reply.etag }, 'GET', reply);
    expect(notModified).toEqual({
      status: 304,
      headers: { ETag: reply.etag, 'Last-Modified': 'Tue, 01 Sep 2026 00:00:00 GMT', 'Cache-Control': 'no-cache' },
      body: '',
    });
    expect(applyConditional({ 'if-none-match': '"other"' }, 'GET', reply)).toBe(reply);
    expect(applyConditional({ 'if-modified-since': 'not a date' }, 'GET', reply)).toBe(reply);
    expect(applyConditional({ 'if-none-match': reply.etag }, 'POST', reply)).toBe(reply);
  });
});

describe('garble', () => {
  it('keeps the content type and breaks the syntax', () => {
    const json = garble({ status: 200, headers: { 'Content-Type': CONTENT_TYPES.json }, body: '{"a": [1, 2, 3]}' });
    expect(json.headers['Content-Type']).toBe(CONTENT_TYPES.json);
    expect(() => JSON.parse(String(json.body))).toThrow();
    const xml = garble({
      status: 200,
      headers: { 'Content-Type': CONTENT_TYPES.rss },
      body: '<rss><channel><title>x</title></channel></rss>',
    });
    expect(String(xml.body)).toMatch(/<[^>]*$/);
  });
});

describe('aggregateIndicators', () => {
  it('sums known and unknown tables and keeps unrecognised data aside', () => {
    const report = aggregateIndicators(
      [
        { day: '2026-11-21', counts: { newsViews: { a: 1 }, extra: { x: 2 }, broken: { y: 'many' } } },
        { day: '2026-11-20', counts: { newsViews: { a: 2, b: 5 } } },
        'garbage',
        null,
      ],
      1,
    );
    expect(report.batchCount).toBe(4);
    expect(report.days).toEqual(['2026-11-20', '2026-11-21']);
    expect(report.tables.map((table) => [table.key, table.rows.map((row) => [row.name, row.total])])).toEqual([
      [
        'newsViews',
        [
          ['b', 5],
          ['a', 3],
        ],
      ],
      ['toolLaunches', []],
      ['emptySearches', []],
      ['extra', [['x', 2]]],
    ]);
    expect(report.unrecognised).toEqual([{ broken: { y: 'many' } }, 'garbage', null]);
  });
});

describe('withLang', () => {
  it('adds lang=en to the query, before the fragment', () => {
    expect(withLang('/#outils', 'en')).toBe('/?lang=en#outils');
    expect(withLang('/retours?q=x', 'en')).toBe('/retours?q=x&lang=en');
    expect(withLang('/aide', 'fr')).toBe('/aide');
  });
});
