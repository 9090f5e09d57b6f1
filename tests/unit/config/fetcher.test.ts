// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { type FetchLike, fetchConfigDocument, MAX_DOCUMENT_BYTES } from '@/utils/config/fetcher';

const URL_ = 'https://esn.example/passerelle/config.json';

function stub(response: Response | Error, seen: RequestInit[] = []): FetchLike {
  return async (_url, init) => {
    seen.push(init);
    if (response instanceof Error) throw response;
    return response;
  };
}

function json(body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json', ...headers } });
}

describe('fetchConfigDocument', () => {
  it('returns the document with its validators, sending the session cookies', async () => {
    const seen: RequestInit[] = [];
    const outcome = await fetchConfigDocument(
      URL_,
      {},
      [],
      stub(json({ esn: {} }, { etag: '"v1"', 'last-modified': 'Fri, 27 Nov 2026 10:00:00 GMT' }), seen),
    );
    expect(outcome).toEqual({
      kind: 'ok',
      body: { esn: {} },
      etag: '"v1"',
      lastModified: 'Fri, 27 Nov 2026 10:00:00 GMT',
      status: 200,
    });
    expect(seen[0]?.credentials).toBe('include');
  });

  it('sends conditional headers and understands 304', async () => {
    const seen: RequestInit[] = [];
    const outcome = await fetchConfigDocument(
      URL_,
      { etag: '"v1"', lastModified: 'Fri, 27 Nov 2026 10:00:00 GMT' },
      [],
      stub(new Response(null, { status: 304 }), seen),
    );
    expect(outcome).toEqual({ kind: 'notModified', status: 304 });
    expect(seen[0]?.headers).toMatchObject({
      'If-None-Match': '"v1"',
      'If-Modified-Since': 'Fri, 27 Nov 2026 10:00:00 GMT',
    });
  });

  it.each([401, 403])('says signed out on HTTP %i', async (status) => {
    const outcome = await fetchConfigDocument(URL_, {}, [], stub(new Response('no', { status })));
    expect(outcome).toMatchObject({ kind: 'refused', state: 'signedOut' });
  });

  it('says signed out on an HTML sign-in page', async () => {
    const page = new Response('<!doctype html><form>Connexion</form>', { headers: { 'content-type': 'text/html' } });
    const outcome = await fetchConfigDocument(URL_, {}, [], stub(page));
    expect(outcome).toMatchObject({ kind: 'refused', state: 'signedOut', message: expect.stringMatching(/HTML/) });
  });

  it('says signed out on HTML served with a JSON content type', async () => {
    const page = new Response('<html><body>sign in</body></html>', { headers: { 'content-type': 'application/json' } });
    expect(await fetchConfigDocument(URL_, {}, [], stub(page))).toMatchObject({ state: 'signedOut' });
  });

  it('says signed out after a redirect to a sign-in address', async () => {
    const redirected = json({});
    Object.defineProperty(redirected, 'redirected', { value: true });
    Object.defineProperty(redirected, 'url', { value: 'https://esn.example/connexion?next=/passerelle' });
    expect(await fetchConfigDocument(URL_, {}, [], stub(redirected))).toMatchObject({ state: 'signedOut' });
  });

  it('reads a document moved to an address that merely contains "cas" or "auth" (a showcase, an author)', async () => {
    for (const url of ['https://esn.example/showcase/passerelle.json', 'https://esn.example/author/dsi/config.json']) {
      const moved = json({ esn: {} });
      Object.defineProperty(moved, 'redirected', { value: true });
      Object.defineProperty(moved, 'url', { value: url });
      expect(await fetchConfigDocument(URL_, {}, [], stub(moved))).toMatchObject({ kind: 'ok', body: { esn: {} } });
    }
  });

  it('refuses garbage as stale, with the reason', async () => {
    const outcome = await fetchConfigDocument(
      URL_,
      {},
      [],
      stub(new Response('{"esn": ', { headers: { 'content-type': 'application/json' } })),
    );
    expect(outcome).toEqual({
      kind: 'refused',
      state: 'stale',
      message: expect.stringMatching(/^the document is not valid JSON \(.+\) — check it with a JSON validator$/),
      status: 200,
    });
  });

  it('reads a document as Windows PowerShell 5.1 writes it: UTF-16 with a BOM, or the ANSI code page', async () => {
    const json = '{"esn": {"name": "La Ruche — Aubépine’s"}}';
    const utf16 = Uint8Array.from([
      0xff,
      0xfe,
      ...[...json].flatMap((char) => [char.charCodeAt(0) & 0xff, char.charCodeAt(0) >> 8]),
    ]);
    const outcome = await fetchConfigDocument(URL_, {}, [], stub(new Response(utf16)));
    expect(outcome).toMatchObject({ kind: 'ok', body: { esn: { name: 'La Ruche — Aubépine’s' } } });
    const ansi = Uint8Array.from(json, (char) => ({ '—': 0x97, '’': 0x92 })[char] ?? char.charCodeAt(0));
    const fromAnsi = await fetchConfigDocument(URL_, {}, [], stub(new Response(ansi)));
    expect(fromAnsi).toMatchObject({ kind: 'ok', body: { esn: { name: 'La Ruche — Aubépine’s' } } });
  });

  it('refuses JSON that is not an object', async () => {
    expect(await fetchConfigDocument(URL_, {}, [], stub(json([1, 2])))).toMatchObject({
      state: 'stale',
      message: 'the document is not a JSON object',
    });
  });

  it('refuses a body over 1 MB, announced or not', async () => {
    const big = `{"x":"${'a'.repeat(MAX_DOCUMENT_BYTES)}"}`;
    expect(await fetchConfigDocument(URL_, {}, [], stub(new Response(big)))).toMatchObject({
      state: 'stale',
      message: expect.stringMatching(/larger/),
    });
    const announced = new Response('{}', { headers: { 'content-length': String(MAX_DOCUMENT_BYTES + 1) } });
    expect(await fetchConfigDocument(URL_, {}, [], stub(announced))).toMatchObject({ state: 'stale' });
  });

  it('says unreachable on a network error or a server error', async () => {
    expect(await fetchConfigDocument(URL_, {}, [], stub(new TypeError('Failed to fetch')))).toMatchObject({
      state: 'unreachable',
      message: expect.stringMatching(/Failed to fetch/),
    });
    expect(await fetchConfigDocument(URL_, {}, [], stub(new Response('', { status: 503 })))).toMatchObject({
      state: 'unreachable',
      message: 'the ESN answered HTTP 503',
    });
  });

  it('never fetches a refused address', async () => {
    const seen: RequestInit[] = [];
    const outcome = await fetchConfigDocument('http://esn.corp/c.json', {}, [], stub(json({}), seen));
    expect(outcome).toMatchObject({ kind: 'refused', state: 'unreachable' });
    expect(seen).toHaveLength(0);
    expect(await fetchConfigDocument('http://esn.corp/c.json', {}, ['http://esn.corp'], stub(json({})))).toMatchObject({
      kind: 'ok',
    });
  });
});
