/**
 * The blank Preact page the popup is compared with: bundled from fixtures/blank.tsx at bench time (esbuild,
 * minified, like the extension's own chunks) and served from 127.0.0.1, so the product is not changed for a bench.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ENTRY = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/blank.tsx');

export const BLANK_CONTENT_SELECTOR = '[data-testid=blank]';

export const BLANK_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>Blank</title>
    <script type="module" src="/blank.js"></script>
  </head>
  <body>
    <div id="app"></div>
  </body>
</html>
`;

export interface BlankPageServer {
  url: string;
  close(): Promise<void>;
}

export async function bundleBlankPage(): Promise<string> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'esm',
    minify: true,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    write: false,
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild produced no bundle for the blank page');
  return output.text;
}

export async function startBlankPage(): Promise<BlankPageServer> {
  const script = await bundleBlankPage();
  const server = createServer((request, response) => {
    const isScript = request.url === '/blank.js';
    // Cacheable, like the extension's packaged files.
    response.writeHead(200, {
      'Content-Type': isScript ? 'text/javascript; charset=utf-8' : 'text/html; charset=utf-8',
      'Cache-Control': 'max-age=3600',
    });
    response.end(isScript ? script : BLANK_HTML);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((error) => (error ? fail(error) : done()));
        server.closeAllConnections();
      }),
  };
}
