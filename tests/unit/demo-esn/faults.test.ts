// @vitest-environment node
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { OVERSIZED_BYTES } from '../../demo-esn/faults';
import { type DemoEsn, startDemoEsn } from '../../demo-esn/server';
import { readFeed, readHtml } from './support';

let esn: DemoEsn;

beforeAll(async () => {
  esn = await startDemoEsn();
});
afterAll(() => esn.close());
afterEach(() => {
  esn.setFault(null);
  esn.resetCounters();
});

const DATA_PATHS = [
  '/feeds/actualites.rss',
  '/feeds/evenements.atom',
  '/passerelle/config.json',
  '/passerelle/sections.json',
  '/passerelle/sections.csv',
];

describe('fault mode down', () => {
  it.each(DATA_PATHS)('%s: the connection is reset, fetch rejects', async (path) => {
    esn.setFault('down');
    await expect(fetch(esn.url(path))).rejects.toThrow();
    expect(esn.counters().paths[path]).toMatchObject({ requests: 1, byStatus: { 0: 1 } });
  });

  it('leaves pages and control routes alone, and stops when cleared', async () => {
    esn.setFault('down');
    expect((await fetch(esn.url('/'))).status).toBe(200);
    expect((await fetch(esn.url('/__demo/counters'))).status).toBe(200);
    esn.setFault(null);
    expect((await fetch(esn.url('/feeds/actualites.rss'))).status).toBe(200);
  });
});

describe('fault mode error500', () => {
  it.each(DATA_PATHS)('%s answers 500', async (path) => {
    esn.setFault('error500');
    const response = await fetch(esn.url(path));
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(esn.counters().paths[path]?.byStatus).toEqual({ 500: 1 });
  });
});

describe('fault mode rateLimited', () => {
  it('answers 429 with Retry-After: 120 by default', async () => {
    esn.setFault('rateLimited');
    const response = await fetch(esn.url('/feeds/actualites.rss'));
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('120');
  });

  it('carries the chosen Retry-After', async () => {
    esn.setFault('rateLimited', { retryAfterSeconds: 30 });
    const response = await fetch(esn.url('/passerelle/config.json'));
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('30');
  });
});

describe('fault mode slow', () => {
  it('answers correctly, after the delay', async () => {
    esn.setFault('slow', { delayMs: 250 });
    const started = performance.now();
    const response = await fetch(esn.url('/feeds/evenements.atom'));
    const body = await response.text();
    expect(performance.now() - started).toBeGreaterThanOrEqual(240);
    expect(response.status).toBe(200);
    expect(await readFeed(body)).not.toBeNull();
  });

  it('answers at once when the test says so, before the delay is over', async () => {
    esn.setFault('slow', { delayMs: 600_000 });
    const pending = fetch(esn.url('/feeds/evenements.atom'));
    await expect.poll(() => esn.counters().paths['/feeds/evenements.atom']?.requests).toBe(1);
    esn.answerSlowRequestsNow();
    const response = await pending;
    expect(response.status).toBe(200);
    expect(await readFeed(await response.text())).not.toBeNull();
  });

  it('is given up when the client aborts', async () => {
    esn.setFault('slow', { delayMs: 60_000 });
    const controller = new AbortController();
    const pending = fetch(esn.url('/passerelle/config.json'), { signal: controller.signal });
    await expect.poll(() => esn.counters().paths['/passerelle/config.json']?.requests).toBe(1);
    controller.abort();
    await expect(pending).rejects.toThrow();
  });
});

describe('fault mode signin', () => {
  it.each(DATA_PATHS)('%s redirects to the sign-in page', async (path) => {
    esn.setFault('signin');
    const manual = await fetch(esn.url(path), { redirect: 'manual' });
    expect(manual.status).toBe(302);
    expect(new URL(manual.headers.get('location') ?? '', esn.origin).pathname).toBe('/connexion');

    const followed = await fetch(esn.url(path));
    expect(followed.status).toBe(200);
    expect(new URL(followed.url).pathname).toBe('/connexion');
    expect(followed.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const page = await followed.text();
    expect(page).toContain('<form method="post" action="/connexion">');
    expect((await readHtml(page)).h1).toBe('Connexion à La Ruche');
  });
});

describe('fault mode malformed', () => {
  it.each(['/feeds/actualites.rss', '/feeds/evenements.atom'])('%s: XML cut in the middle of a tag', async (path) => {
    const good = await fetch(esn.url(path));
    const contentType = good.headers.get('content-type');
    await good.text();
    esn.setFault('malformed');
    const response = await fetch(esn.url(path));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(contentType);
    const body = await response.text();
    expect(body.startsWith('<?xml')).toBe(true);
    expect(body).toMatch(/<[^>]*$/);
    expect(await readFeed(body)).toBeNull();
  });

  it.each(['/passerelle/config.json', '/passerelle/sections.json'])('%s: JSON that does not parse', async (path) => {
    esn.setFault('malformed');
    const response = await fetch(esn.url(path));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const body = await response.text();
    expect(body.startsWith('{')).toBe(true);
    expect(() => JSON.parse(body)).toThrow();
  });

  it('/passerelle/sections.csv: an unterminated quoted field', async () => {
    esn.setFault('malformed');
    const response = await fetch(esn.url('/passerelle/sections.csv'));
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const body = await response.text();
    expect((body.match(/"/g) ?? []).length % 2).toBe(1);
  });

  it('is not answered with 304, even to a matching conditional request', async () => {
    const etag = (await fetch(esn.url('/passerelle/config.json'))).headers.get('etag') ?? '';
    esn.setFault('malformed');
    const response = await fetch(esn.url('/passerelle/config.json'), { headers: { 'If-None-Match': etag } });
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBeNull();
  });
});

describe('fault mode oversized', () => {
  it('streams 21 MB without a Content-Length, past every limit of the extension', async () => {
    esn.setFault('oversized');
    const response = await fetch(esn.url('/feeds/actualites.rss'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBeNull();
    expect((await response.arrayBuffer()).byteLength).toBe(OVERSIZED_BYTES);
  });
});

describe('fault scope', () => {
  it('limits a fault to the given path prefixes', async () => {
    esn.setFault('error500', { paths: ['/feeds/'] });
    expect((await fetch(esn.url('/feeds/actualites.rss'))).status).toBe(500);
    expect((await fetch(esn.url('/feeds/evenements.atom'))).status).toBe(500);
    expect((await fetch(esn.url('/passerelle/config.json'))).status).toBe(200);
  });

  it('can target another endpoint through paths (the indicators endpoint here)', async () => {
    esn.setFault('error500', { paths: ['/indicateurs'] });
    const response = await fetch(esn.url('/indicateurs'), { method: 'POST', body: '{}' });
    expect(response.status).toBe(500);
    expect(esn.counters().indicatorBatches).toEqual([]);
  });

  it('never affects control routes nor the sign-in page', async () => {
    esn.setFault('signin', { paths: ['/'] });
    expect((await fetch(esn.url('/connexion'), { redirect: 'manual' })).status).toBe(200);
    expect((await fetch(esn.url('/__demo/counters'), { redirect: 'manual' })).status).toBe(200);
    expect((await fetch(esn.url('/aide'), { redirect: 'manual' })).status).toBe(302);
  });

  it('rejects an unknown mode', () => {
    expect(() => esn.setFault('flaky' as never)).toThrow(/Unknown fault mode/);
  });
});
