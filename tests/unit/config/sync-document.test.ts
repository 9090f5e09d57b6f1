import { describe, expect, it } from 'vitest';
import { configDocumentItem, syncStatusItem } from '@/utils/config/document-store';
import type { FetchLike } from '@/utils/config/fetcher';
import { syncDocument } from '@/utils/config/sync-document';

const URL_ = 'https://esn.example/passerelle/config.json';

const serve =
  (response: () => Response, seen: RequestInit[] = []): FetchLike =>
  async (_url, init) => {
    seen.push(init);
    return response();
  };
const json = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json', etag: '"v1"' } });

describe('syncDocument', () => {
  it('stores a good document and says ok', async () => {
    const status = await syncDocument(
      URL_,
      [],
      1000,
      serve(() => json({ esn: { name: 'R' } })),
    );
    expect(status).toEqual({ state: 'ok', url: URL_, lastAttemptAt: 1000, lastSuccessAt: 1000, httpStatus: 200 });
    expect(await configDocumentItem.getValue()).toEqual({
      url: URL_,
      body: { esn: { name: 'R' } },
      etag: '"v1"',
      fetchedAt: 1000,
    });
  });

  it('keeps the last good document when the ESN serves garbage, and says why', async () => {
    await syncDocument(
      URL_,
      [],
      1000,
      serve(() => json({ esn: { name: 'R' } })),
    );
    const status = await syncDocument(
      URL_,
      [],
      2000,
      serve(() => new Response('<<garbage>>')),
    );
    expect(status).toEqual({
      state: 'stale',
      url: URL_,
      lastAttemptAt: 2000,
      lastSuccessAt: 1000,
      detail: expect.stringMatching(/^the document is not valid JSON \(/),
      httpStatus: 200,
    });
    expect((await configDocumentItem.getValue())?.body).toEqual({ esn: { name: 'R' } });
  });

  it('revalidates with the stored ETag; a 304 keeps the document', async () => {
    await syncDocument(
      URL_,
      [],
      1000,
      serve(() => json({ tools: [] })),
    );
    const seen: RequestInit[] = [];
    const status = await syncDocument(
      URL_,
      [],
      3000,
      serve(() => new Response(null, { status: 304 }), seen),
    );
    expect(seen[0]?.headers).toMatchObject({ 'If-None-Match': '"v1"' });
    expect(status).toMatchObject({ state: 'ok', lastSuccessAt: 3000 });
    expect((await configDocumentItem.getValue())?.fetchedAt).toBe(1000);
  });

  it('sends no validators for another address', async () => {
    await syncDocument(
      URL_,
      [],
      1000,
      serve(() => json({})),
    );
    const seen: RequestInit[] = [];
    await syncDocument(
      'https://other.example/c.json',
      [],
      2000,
      serve(() => json({}), seen),
    );
    expect(seen[0]?.headers).toEqual({ Accept: 'application/json' });
  });

  it('says signed out on the sign-in page', async () => {
    const status = await syncDocument(
      URL_,
      [],
      1000,
      serve(() => new Response('<html></html>', { headers: { 'content-type': 'text/html' } })),
    );
    expect(status.state).toBe('signedOut');
    expect(await syncStatusItem.getValue()).toEqual(status);
  });
});
