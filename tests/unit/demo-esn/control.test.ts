// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DemoCounters } from '../../demo-esn/counters';
import { type DemoEsn, startDemoEsn } from '../../demo-esn/server';
import { readFeed } from './support';

let esn: DemoEsn;

beforeAll(async () => {
  esn = await startDemoEsn();
});
afterAll(() => esn.close());
beforeEach(async () => {
  await control('POST', '/__demo/fault', { mode: null });
  await control('POST', '/__demo/reset-counters');
});

/** What another process does: plain HTTP. */
async function control(method: 'GET' | 'POST', path: string, body?: unknown): Promise<Response> {
  return fetch(esn.url(path), {
    method,
    ...(body !== undefined && { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
  });
}

async function counters(): Promise<DemoCounters> {
  return (await (await control('GET', '/__demo/counters')).json()) as DemoCounters;
}

describe('control routes over HTTP', () => {
  it('sets and clears a fault', async () => {
    const set = await control('POST', '/__demo/fault', {
      mode: 'rateLimited',
      retryAfterSeconds: 7,
      paths: ['/feeds/'],
    });
    expect(set.status).toBe(200);
    expect(await set.json()).toEqual({
      fault: { mode: 'rateLimited', retryAfterSeconds: 7, delayMs: 5000, paths: ['/feeds/'] },
    });
    const limited = await fetch(esn.url('/feeds/actualites.rss'));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect((await fetch(esn.url('/passerelle/config.json'))).status).toBe(200);

    await control('POST', '/__demo/fault', { mode: null });
    expect((await fetch(esn.url('/feeds/actualites.rss'))).status).toBe(200);
  });

  it('are never affected by faults, and never counted', async () => {
    await control('POST', '/__demo/fault', { mode: 'down', paths: ['/'] });
    await expect(fetch(esn.url('/'))).rejects.toThrow();
    const snapshot = await counters();
    expect(Object.keys(snapshot.paths)).toEqual(['/']);
    expect(snapshot.paths['/']?.byStatus).toEqual({ '0': 1 });
  });

  it('reports counters as JSON and resets them', async () => {
    const etag = (await fetch(esn.url('/feeds/evenements.atom'))).headers.get('etag') ?? '';
    await fetch(esn.url('/feeds/evenements.atom'), { headers: { 'If-None-Match': etag } });
    await fetch(esn.url('/go/pc-booking'), { redirect: 'manual' });
    expect(await counters()).toEqual({
      paths: {
        '/feeds/evenements.atom': { requests: 2, conditional: 1, byStatus: { '200': 1, '304': 1 } },
        '/go/pc-booking': { requests: 1, conditional: 0, byStatus: { '302': 1 } },
      },
      launches: { 'pc-booking': 1 },
      indicatorBatches: [],
    });
    const reset = await control('POST', '/__demo/reset-counters');
    expect(reset.status).toBe(200);
    expect(await counters()).toEqual({ paths: {}, launches: {}, indicatorBatches: [] });
  });

  it('publishes news', async () => {
    const response = await control('POST', '/__demo/publish', {
      feedId: 'actualites',
      title: 'Publié par un autre processus',
      important: true,
    });
    expect(response.status).toBe(200);
    const { id } = (await response.json()) as { id: string };
    const items = (await readFeed(await (await fetch(esn.url('/feeds/actualites.rss'))).text())) ?? [];
    expect(items[0]).toMatchObject({ title: 'Publié par un autre processus', categories: ['Important'] });
    expect(items[0]?.link).toBe(`${esn.origin}/actualites/${id}`);
  });

  it('overrides the configuration document and the sections index', async () => {
    await control('POST', '/__demo/config', { document: '{ not json' });
    expect(await (await fetch(esn.url('/passerelle/config.json'))).text()).toBe('{ not json');
    await control('POST', '/__demo/config', { document: null });
    expect((await (await fetch(esn.url('/passerelle/config.json'))).json()) as unknown).toHaveProperty('tools');

    await control('POST', '/__demo/sections', { body: 'id;title_fr\r\n', format: 'csv' });
    expect(await (await fetch(esn.url('/passerelle/sections.csv'))).text()).toBe('id;title_fr\r\n');
    await control('POST', '/__demo/sections', { body: null });
    expect(await (await fetch(esn.url('/passerelle/sections.csv'))).text()).toContain('canteen-menus');
  });

  it('refuses bad requests', async () => {
    expect((await control('POST', '/__demo/fault', { mode: 'flaky' })).status).toBe(400);
    expect((await control('POST', '/__demo/fault', { mode: 'slow', delayMs: 'long' })).status).toBe(400);
    expect((await control('POST', '/__demo/publish', { feedId: 'blog', title: 'x' })).status).toBe(400);
    expect((await control('GET', '/__demo/publish')).status).toBe(405);
    expect((await control('GET', '/__demo/nothing')).status).toBe(404);
    const invalid = await fetch(esn.url('/__demo/fault'), { method: 'POST', body: '{mode' });
    expect(invalid.status).toBe(400);
  });
});
