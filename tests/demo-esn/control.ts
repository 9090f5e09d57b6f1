/**
 * Control routes for another process (e2e tests, `npm start`): the same controls as the DemoEsn object.
 * Never affected by faults, never counted.
 *   POST /__demo/fault           {"mode": "error500" | … | null, "retryAfterSeconds"?, "delayMs"?, "paths"?}
 *   GET  /__demo/fault           the active fault, or null
 *   GET  /__demo/counters        DemoCounters
 *   POST /__demo/reset-counters
 *   POST /__demo/publish         {"feedId": "actualites" | "evenements", "title", "id"?, "summary"?, "important"?,
 *                                 "undated"?} → {"id"}
 *   POST /__demo/delete          {"id"}   deletes a post (an older one slides into the feed's window)
 *   POST /__demo/restore         {"id"}   restores it
 *   POST /__demo/links           {"style": "absolute" | "relative"}   (relative: RSS channel link, Atom xml:base)
 *   POST /__demo/config          {"document": … | null}   (a string is served verbatim)
 *                                {"encoding": "utf-16le" | null}   (as Windows PowerShell 5.1 writes it)
 *   POST /__demo/sections        {"body": … | null, "format"?: "json" | "csv"} or {"mode": "frenchExport" | null}
 */
import type { IncomingMessage } from 'node:http';
import { parseJson, readBody } from './body';
import { FEED_IDS, type FeedId } from './content/news';
import { type FaultOptions, isFaultMode } from './faults';
import { jsonReply, methodNotAllowed, type Reply } from './reply';
import type { DemoState, SectionsFormat } from './state';

export const CONTROL_PREFIX = '/__demo/';
const CONTROL_BODY_LIMIT = 1024 * 1024;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function badRequest(message: string): Reply {
  return jsonReply(400, { error: message });
}

function faultOptions(body: Record<string, unknown>): FaultOptions | string {
  const options: FaultOptions = {};
  const { retryAfterSeconds, delayMs, paths } = body;
  if (retryAfterSeconds !== undefined) {
    if (typeof retryAfterSeconds !== 'number') return 'retryAfterSeconds must be a number';
    options.retryAfterSeconds = retryAfterSeconds;
  }
  if (delayMs !== undefined) {
    if (typeof delayMs !== 'number') return 'delayMs must be a number';
    options.delayMs = delayMs;
  }
  if (paths !== undefined) {
    if (!Array.isArray(paths) || !paths.every((path) => typeof path === 'string')) return 'paths must be strings';
    options.paths = paths as string[];
  }
  return options;
}

type ControlHandler = (state: DemoState, body: unknown) => Reply;

function setDeleted(state: DemoState, body: unknown, deleted: boolean): Reply {
  if (!isRecord(body) || typeof body.id !== 'string') return badRequest('Expected {"id": "<item id>"}');
  try {
    state.news.setDeleted(body.id, deleted);
  } catch (error) {
    return jsonReply(404, { error: error instanceof Error ? error.message : String(error) });
  }
  return jsonReply(200, { id: body.id, deleted });
}

const POST_ROUTES: Record<string, ControlHandler> = {
  fault(state, body) {
    if (!isRecord(body) || !('mode' in body)) return badRequest('Expected {"mode": …}');
    const { mode } = body;
    if (mode !== null && !isFaultMode(mode)) return badRequest(`Unknown fault mode: ${String(mode)}`);
    const options = faultOptions(body);
    if (typeof options === 'string') return badRequest(options);
    state.faults.set(mode, options);
    return jsonReply(200, { fault: state.faults.get() });
  },
  'reset-counters'(state) {
    state.counters.reset();
    return jsonReply(200, state.counters.snapshot());
  },
  publish(state, body) {
    if (!isRecord(body)) return badRequest('Expected {"feedId", "title", …}');
    const { feedId, id, title, summary, important, undated } = body;
    if (!(FEED_IDS as readonly unknown[]).includes(feedId))
      return badRequest('feedId must be actualites or evenements');
    if (typeof title !== 'string') return badRequest('title must be a string');
    if (id !== undefined && typeof id !== 'string') return badRequest('id must be a string');
    if (summary !== undefined && typeof summary !== 'string') return badRequest('summary must be a string');
    try {
      const published = state.news.publish(feedId as FeedId, {
        title,
        ...(id !== undefined && { id }),
        ...(summary !== undefined && { summary }),
        important: important === true,
        undated: undated === true,
      });
      return jsonReply(200, { id: published });
    } catch (error) {
      return badRequest(error instanceof Error ? error.message : String(error));
    }
  },
  delete: (state, body) => setDeleted(state, body, true),
  restore: (state, body) => setDeleted(state, body, false),
  links(state, body) {
    if (!isRecord(body) || (body.style !== 'absolute' && body.style !== 'relative')) {
      return badRequest('Expected {"style": "absolute" | "relative"}');
    }
    state.setLinkStyle(body.style);
    return jsonReply(200, { style: body.style });
  },
  config(state, body) {
    if (isRecord(body) && 'encoding' in body) {
      if (body.encoding !== 'utf-16le' && body.encoding !== null)
        return badRequest('encoding must be "utf-16le" or null');
      state.setConfigEncoding(body.encoding);
      return jsonReply(200, { ok: true });
    }
    if (!isRecord(body) || !('document' in body)) return badRequest('Expected {"document": … | null}');
    state.setConfigDocument(body.document);
    return jsonReply(200, { ok: true });
  },
  sections(state, body) {
    if (isRecord(body) && 'mode' in body) {
      if (body.mode !== 'frenchExport' && body.mode !== null) return badRequest('mode must be "frenchExport" or null');
      state.setSectionsCsvMode(body.mode);
      return jsonReply(200, { ok: true });
    }
    if (!isRecord(body) || !('body' in body)) return badRequest('Expected {"body": … | null, "format"?}');
    const { format } = body;
    if (format !== undefined && format !== 'json' && format !== 'csv') return badRequest('format must be json or csv');
    try {
      state.setSectionsIndex(body.body, format as SectionsFormat | undefined);
    } catch (error) {
      return badRequest(error instanceof Error ? error.message : String(error));
    }
    return jsonReply(200, { ok: true });
  },
};

const GET_ROUTES: Record<string, (state: DemoState) => Reply> = {
  counters: (state) => jsonReply(200, state.counters.snapshot()),
  fault: (state) => jsonReply(200, { fault: state.faults.get() }),
};

export async function handleControl(request: IncomingMessage, path: string, state: DemoState): Promise<Reply> {
  const name = path.slice(CONTROL_PREFIX.length);
  const post = POST_ROUTES[name];
  const get = GET_ROUTES[name];
  if (request.method === 'POST' && post) {
    const { body, tooLarge } = await readBody(request, CONTROL_BODY_LIMIT);
    if (tooLarge) return jsonReply(413, { error: 'Body too large' });
    const text = body.toString('utf8').trim();
    const parsed = text === '' ? {} : parseJson(body);
    if (parsed === undefined) return badRequest('Invalid JSON');
    return post(state, parsed);
  }
  if ((request.method === 'GET' || request.method === 'HEAD') && get) return get(state);
  if (post || get) return methodNotAllowed([...(get ? ['GET', 'HEAD'] : []), ...(post ? ['POST'] : [])]);
  return jsonReply(404, { error: `Unknown control route: ${path}` });
}
