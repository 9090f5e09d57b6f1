// @vitest-environment node
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { describe, expect, it } from 'vitest';
import { type DemoEsn, startDemoEsn } from '../../demo-esn/server';

/** Tries a TCP connection: 'connected' or the error code. */
function tryConnect(host: string, port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

function portOf(esn: DemoEsn): number {
  return Number(new URL(esn.origin).port);
}

describe('startDemoEsn', () => {
  it('binds 127.0.0.1 only, on a free port by default', async () => {
    const esn = await startDemoEsn();
    try {
      expect(esn.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(portOf(esn)).toBeGreaterThan(0);
      expect(esn.url('/feeds/actualites.rss')).toBe(`${esn.origin}/feeds/actualites.rss`);
      expect(await tryConnect('127.0.0.1', portOf(esn))).toBe('connected');
      const otherAddresses = Object.values(networkInterfaces())
        .flat()
        .filter((address) => address !== undefined && address.family === 'IPv4' && !address.internal)
        .map((address) => address?.address ?? '');
      for (const address of otherAddresses) {
        expect(await tryConnect(address, portOf(esn))).toBe('ECONNREFUSED');
      }
    } finally {
      await esn.close();
    }
  });

  it('close() frees the port, and can be called twice', async () => {
    const first = await startDemoEsn();
    const port = portOf(first);
    const keptAlive = await fetch(first.url('/'));
    await keptAlive.text();
    await first.close();
    await first.close();
    await expect(fetch(first.url('/'))).rejects.toThrow();

    const second = await startDemoEsn({ port });
    try {
      expect(second.origin).toBe(first.origin);
      expect((await fetch(second.url('/'))).status).toBe(200);
    } finally {
      await second.close();
    }
  });

  it('close() does not wait for a slow answer (its timer is cleared)', async () => {
    const esn = await startDemoEsn();
    esn.setFault('slow', { delayMs: 600_000 });
    const pending = fetch(esn.url('/feeds/actualites.rss'));
    await expect.poll(() => esn.counters().paths['/feeds/actualites.rss']?.requests).toBe(1);
    await esn.close();
    await expect(pending).rejects.toThrow();
  });

  it('each server has its own state', async () => {
    const [a, b] = await Promise.all([startDemoEsn(), startDemoEsn()]);
    try {
      a.setFault('error500');
      a.publishNews('actualites', { title: 'Seulement sur A' });
      expect((await fetch(b.url('/feeds/actualites.rss'))).status).toBe(200);
      expect(await (await fetch(b.url('/feeds/actualites.rss'))).text()).not.toContain('Seulement sur A');
      expect(a.counters().paths['/feeds/actualites.rss']).toBeUndefined();
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('answers HEAD like GET, without a body', async () => {
    const esn = await startDemoEsn();
    try {
      const get = await fetch(esn.url('/passerelle/config.json'));
      const head = await fetch(esn.url('/passerelle/config.json'), { method: 'HEAD' });
      expect(head.status).toBe(200);
      expect(head.headers.get('etag')).toBe(get.headers.get('etag'));
      expect(await head.text()).toBe('');
    } finally {
      await esn.close();
    }
  });
});
