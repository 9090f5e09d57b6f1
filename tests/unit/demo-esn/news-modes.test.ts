// @vitest-environment node
/** The demo's news modes the end-to-end tests use: deleting a post, a weak ETag, undated posts, relative links. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FEED_WINDOW } from '../../demo-esn/content/news';
import { type DemoEsn, startDemoEsn } from '../../demo-esn/server';
import { readFeed, readXml } from './support';

const RSS = '/feeds/actualites.rss';
const ATOM = '/feeds/evenements.atom';
const ARCHIVED = 'archives-journal-interne';
let esn: DemoEsn;

beforeEach(async () => {
  esn = await startDemoEsn();
});
afterEach(() => esn.close());

const ids = async (path: string) =>
  ((await readFeed(await (await fetch(esn.url(path))).text())) ?? []).map((item) => item.id.split('/').at(-1));

const control = (path: string, body: unknown) =>
  fetch(esn.url(path), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

describe('deleting a post', () => {
  it(`the feed shows its ${FEED_WINDOW} newest posts: deleting one lets the 12-day-old one in; restoring it, out`, async () => {
    const before = await ids(RSS);
    expect(before).toHaveLength(FEED_WINDOW);
    expect(before).not.toContain(ARCHIVED);
    const etag = (await fetch(esn.url(RSS))).headers.get('etag') ?? '';
    esn.deleteNews('resultats-t3');
    const deleted = await fetch(esn.url(RSS), { headers: { 'If-None-Match': etag } });
    expect(deleted.status).toBe(200);
    const after = ((await readFeed(await deleted.text())) ?? []).map((item) => item.id.split('/').at(-1));
    expect(after).toEqual([...before.filter((id) => id !== 'resultats-t3'), ARCHIVED]);
    const text = await (await fetch(esn.url(RSS))).text();
    const archivedDate = [...text.matchAll(/<pubDate>([^<]+)</g)].map((match) => Date.parse(match[1] ?? '')).at(-1);
    expect(Date.now() - (archivedDate ?? 0)).toBeGreaterThan(11 * 86_400_000);
    esn.restoreNews('resultats-t3');
    expect(await ids(RSS)).toEqual(before);
  });

  it('over HTTP: /__demo/delete and /__demo/restore; an unknown id is a 404 that says so', async () => {
    expect((await control('/__demo/delete', { id: 'labo-nantes' })).status).toBe(200);
    expect(await ids(RSS)).not.toContain('labo-nantes');
    expect((await control('/__demo/restore', { id: 'labo-nantes' })).status).toBe(200);
    expect(await ids(RSS)).toContain('labo-nantes');
    const unknown = await control('/__demo/delete', { id: 'nope' });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: 'No item with id "nope"' });
    expect((await control('/__demo/delete', {})).status).toBe(400);
  });
});

describe('fault weakEtag', () => {
  it('a weak ETag that never matches: always 200 with the same body, whatever the validators', async () => {
    esn.setFault('weakEtag', { paths: ['/feeds/'] });
    const first = await fetch(esn.url(RSS));
    const etag = first.headers.get('etag') ?? '';
    const lastModified = first.headers.get('last-modified') ?? '';
    expect(etag).toMatch(/^W\/".+-gzip"$/);
    const body = await first.text();
    const validators: Array<Record<string, string>> = [
      { 'If-None-Match': etag },
      { 'If-Modified-Since': lastModified },
      { 'If-None-Match': etag.slice(2) },
    ];
    for (const headers of validators) {
      const again = await fetch(esn.url(RSS), { headers });
      expect(again.status).toBe(200);
      expect(again.headers.get('etag')).toBe(etag);
      expect(await again.text()).toBe(body);
    }
    expect((await fetch(esn.url('/passerelle/config.json'))).headers.get('etag')).not.toMatch(/^W\//);
    expect((await control('/__demo/fault', { mode: 'weakEtag' })).status).toBe(200);
  });
});

describe('undated posts', () => {
  it('are written without a date in RSS (no pubDate) and Atom (no published, no updated)', async () => {
    const rssId = esn.publishNews('actualites', { title: 'Sans date', undated: true });
    const atomId = (await (
      await control('/__demo/publish', { feedId: 'evenements', title: 'Sans date non plus', undated: true })
    ).json()) as { id: string };
    const rss = (await readFeed(await (await fetch(esn.url(RSS))).text())) ?? [];
    expect(rss[0]).toMatchObject({ title: 'Sans date', date: '' });
    expect(rss[0]?.id).toContain(rssId);
    const atomText = await (await fetch(esn.url(ATOM))).text();
    const entry = atomText.slice(atomText.indexOf('<entry>'), atomText.indexOf('</entry>'));
    expect(entry).toContain(atomId.id);
    expect(entry).not.toMatch(/<published>|<updated>/);
    expect(rss[1]?.date).not.toBe('');
  });
});

describe('relative links', () => {
  it('RSS: item links relative to the channel link; Atom: through feed- and entry-level xml:base', async () => {
    esn.setLinkStyle('relative');
    const rssText = await (await fetch(esn.url(RSS))).text();
    const channelLink = (await readXml(rssText, (doc) => doc.getElementsByTagName('link')[0]?.textContent)) ?? '';
    const [first] = (await readFeed(rssText)) ?? [];
    expect(first?.link).toBe('actualites/maintenance-messagerie');
    const rssUrl = new URL(first?.link ?? '', channelLink).href;
    expect(rssUrl).toBe(esn.url('/actualites/maintenance-messagerie'));
    expect((await fetch(rssUrl)).status).toBe(200);

    const atomText = await (await fetch(esn.url(`${ATOM}?lang=en`))).text();
    const resolved = await readXml(atomText, (doc) => {
      const feedBase = doc.documentElement.getAttribute('xml:base') ?? '';
      const entry = doc.getElementsByTagName('entry')[0];
      const entryBase = new URL(entry?.getAttribute('xml:base') ?? '', feedBase).href;
      return {
        href: entry?.getElementsByTagName('link')[0]?.getAttribute('href'),
        url: new URL(entry?.getElementsByTagName('link')[0]?.getAttribute('href') ?? '', entryBase).href,
      };
    });
    expect(resolved?.href).toBe('webinaire-passerelle?lang=en');
    expect(resolved?.url).toBe(esn.url('/actualites/webinaire-passerelle?lang=en'));
    expect((await fetch(resolved?.url ?? '')).status).toBe(200);
    // Resolved against the feed's own address instead, the link is a 404: the mode tells the two apart.
    expect((await fetch(new URL(resolved?.href ?? '', esn.url(ATOM)).href)).status).toBe(404);
    expect((await control('/__demo/links', { style: 'sideways' })).status).toBe(400);
  });
});
