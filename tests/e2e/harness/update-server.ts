/**
 * The organisation's web server, played on 127.0.0.1: serves the published packages and update manifests from a
 * directory, and records what the browsers asked for (the update checks are the proof the real path ran).
 */
import { createReadStream, existsSync, mkdtempSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { removeDir } from './profile';

const CONTENT_TYPES: Record<string, string> = {
  '.crx': 'application/x-chrome-extension',
  '.xpi': 'application/x-xpinstall',
  '.xml': 'application/xml',
  '.json': 'application/json',
};

export interface UpdateServer {
  /** Ends with "/". */
  baseUrl: string;
  /** Where to publish: files written here are served at once. */
  dir: string;
  /** Request paths (with query), oldest first. */
  requests: string[];
  close(): Promise<void>;
}

export async function startUpdateServer(): Promise<UpdateServer> {
  const dir = mkdtempSync(join(tmpdir(), 'passerelle-updates-'));
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push(`${url.pathname}${url.search}`);
    const file = normalize(join(dir, decodeURIComponent(url.pathname)));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/`,
    dir,
    requests,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      removeDir(dir);
    },
  };
}
