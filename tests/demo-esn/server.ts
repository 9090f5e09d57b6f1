/**
 * The demo ESN: La Ruche, the enterprise social network of the fictional Groupe Aubépine, served on loopback
 * for Passerelle's tests and demos. Node's built-in http only.
 *
 *   const esn = await startDemoEsn();        // http://127.0.0.1:<free port>
 *   esn.setFault('rateLimited', { retryAfterSeconds: 60, paths: ['/feeds/'] });
 *   esn.publishNews('actualites', { title: 'Nouvelle note', important: true });
 *   esn.counters().paths['/feeds/actualites.rss'];
 *   await esn.close();
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { applyConditional, isConditionalRequest } from './conditional';
import type { LinkStyle } from './content/feeds';
import type { FeedId, PublishInput } from './content/news';
import { CONTROL_PREFIX, handleControl } from './control';
import type { DemoCounters } from './counters';
import { Delays } from './delays';
import { type FaultMode, type FaultOptions, faultReply, garble, oversize, weakenEtag } from './faults';
import { errorPage } from './pages/errors';
import { htmlReply, type Reply } from './reply';
import { contextFor, route } from './routes';
import { DemoState, type SectionsFormat } from './state';

export type { LinkStyle } from './content/feeds';
export type { DemoCounters, PathCounters } from './counters';
export type { FaultMode, FaultOptions } from './faults';
export type { SectionsFormat } from './state';

export const DEMO_HOST = '127.0.0.1';

export interface DemoEsn {
  /** e.g. http://127.0.0.1:43121 */
  origin: string;
  /** Absolute URL of a path on the demo ESN. */
  url(path: string): string;
  /** Injects a fault on the data endpoints (or on `paths` prefixes); `null` clears it. */
  setFault(mode: FaultMode | null, options?: FaultOptions): void;
  /** Answers the requests the `slow` fault is holding now, instead of at the end of their delay. */
  answerSlowRequestsNow(): void;
  /** Publishes an item on top of a feed (new ETag and Last-Modified); returns its id. */
  publishNews(feedId: FeedId, item: PublishInput): string;
  /** Deletes a post from its feed (an older one slides into the window), or restores it. */
  deleteNews(id: string): void;
  restoreNews(id: string): void;
  /** Absolute links (default), or relative ones (RSS: to the channel link; Atom: through xml:base). */
  setLinkStyle(style: LinkStyle): void;
  /** Overrides /passerelle/config.json (a string is served verbatim); `null` restores the default. */
  setConfigDocument(doc: unknown): void;
  /** 'utf-16le': the document as Windows PowerShell 5.1 writes it (UTF-16 LE with a BOM); null: UTF-8. */
  setConfigEncoding(encoding: 'utf-16le' | null): void;
  /** Overrides /passerelle/sections.json (or .csv); `null` restores the default. */
  setSectionsIndex(body: unknown, format?: SectionsFormat): void;
  /** The CSV index as a French team exports it (French headers, two bad rows); null: the default CSV. */
  setSectionsCsvMode(mode: 'frenchExport' | null): void;
  counters(): DemoCounters;
  resetCounters(): void;
  close(): Promise<void>;
}

export interface StartOptions {
  /** 0 (default) = a free port. */
  port?: number;
}

function write(response: ServerResponse, reply: Reply): void {
  if (response.headersSent || response.destroyed) return;
  const headers: Record<string, string> = { 'X-Content-Type-Options': 'nosniff', ...reply.headers };
  const bodiless = reply.status === 204 || reply.status === 304;
  const streamed = headers['Transfer-Encoding'] === 'chunked';
  if (!bodiless && !streamed) headers['Content-Length'] = String(Buffer.byteLength(reply.body));
  response.writeHead(reply.status, headers);
  if (streamed) response.write(reply.body);
  response.end(bodiless || streamed ? undefined : reply.body);
}

async function handle(request: IncomingMessage, response: ServerResponse, state: DemoState, delays: Delays) {
  // Concatenate rather than resolve, so that a request for `//x` stays a path on this origin.
  const target = request.url ?? '/';
  const url = new URL(target.startsWith('/') ? `${state.origin}${target}` : target, state.origin);
  const path = url.pathname;
  if (path.startsWith(CONTROL_PREFIX)) {
    write(response, await handleControl(request, path, state));
    return;
  }

  state.counters.recordRequest(path, isConditionalRequest(request.headers));
  const send = (reply: Reply): void => {
    if (response.headersSent || response.destroyed) return;
    state.counters.recordStatus(path, reply.status);
    write(response, reply);
  };

  const fault = state.faults.forPath(path);
  if (fault?.mode === 'down') {
    state.counters.recordStatus(path, 0);
    request.socket.destroy();
    return;
  }
  if (fault) {
    const immediate = faultReply(fault, state.origin, path);
    if (immediate) {
      request.resume();
      send(immediate);
      return;
    }
  }
  if (fault?.mode === 'slow') {
    const completed = await delays.wait(fault.delayMs, (cancel) => response.once('close', cancel));
    if (!completed) {
      if (!response.headersSent) request.socket.destroy();
      return;
    }
  }

  const reply = await route(contextFor(request, url, state));
  if (fault?.mode === 'malformed' && reply.status === 200) send(garble(reply));
  else if (fault?.mode === 'oversized' && reply.status === 200) send(oversize(reply));
  else if (fault?.mode === 'weakEtag') send(weakenEtag(reply));
  else send(applyConditional(request.headers, request.method ?? 'GET', reply));
}

export function startDemoEsn(options: StartOptions = {}): Promise<DemoEsn> {
  const delays = new Delays();
  let state: DemoState | null = null;

  const server = createServer((request, response) => {
    if (state === null) {
      request.socket.destroy();
      return;
    }
    handle(request, response, state, delays).catch((error: unknown) => {
      console.error('[demo-esn]', error);
      write(
        response,
        htmlReply(500, errorPage('fr', { status: 500, title: 'Erreur interne', message: String(error) })),
      );
    });
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, DEMO_HOST, () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      const origin = `http://${DEMO_HOST}:${port}`;
      const current = new DemoState(origin);
      state = current;
      let closing: Promise<void> | null = null;
      resolve({
        origin,
        url: (path) => new URL(path, `${origin}/`).href,
        setFault: (mode, faultOptions) => current.faults.set(mode, faultOptions),
        answerSlowRequestsNow: () => delays.finishAll(),
        publishNews: (feedId, item) => current.news.publish(feedId, item),
        deleteNews: (id) => current.news.setDeleted(id, true),
        restoreNews: (id) => current.news.setDeleted(id, false),
        setLinkStyle: (style) => current.setLinkStyle(style),
        setConfigDocument: (doc) => current.setConfigDocument(doc),
        setConfigEncoding: (encoding) => current.setConfigEncoding(encoding),
        setSectionsIndex: (body, format) => current.setSectionsIndex(body, format),
        setSectionsCsvMode: (mode) => current.setSectionsCsvMode(mode),
        counters: () => current.counters.snapshot(),
        resetCounters: () => current.counters.reset(),
        close: () => {
          closing ??= new Promise<void>((done, fail) => {
            delays.cancelAll();
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
          });
          return closing;
        },
      });
    });
  });
}
