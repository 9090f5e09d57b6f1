/**
 * Fetches the organisation's configuration document with the user's ESN session and conditional requests.
 * Anything that is not a readable JSON object (a sign-in page, garbage, a huge body, an error) is refused with
 * a clear reason, and the caller keeps the last good document.
 */
import { decodeBody } from '../http/decode-body';
import { readLimited } from '../http/read-limited';
import { looksLikeHtml, redirectedToSignIn } from '../http/sign-in-page';
import { conditionalHeaders, type Validators, validatorsOf } from '../http/validators';
import type { SyncState } from './slice';
import { urlRefusal } from './url-policy';

export const MAX_DOCUMENT_BYTES = 1024 * 1024;

type FetchOutcome =
  | { kind: 'ok'; body: Record<string, unknown>; etag?: string; lastModified?: string; status?: number }
  | { kind: 'notModified'; status?: number }
  /** status: the HTTP status of the answer, when one came. */
  | { kind: 'refused'; state: Exclude<SyncState, 'ok' | 'never'>; message: string; status?: number };

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

function refused(state: 'signedOut' | 'unreachable' | 'stale', message: string): FetchOutcome {
  return { kind: 'refused', state, message };
}

export async function fetchConfigDocument(
  url: string,
  previous: Validators,
  allowedInsecureOrigins: readonly string[],
  fetchImpl: FetchLike = (input, init) => fetch(input, init),
): Promise<FetchOutcome> {
  const refusal = urlRefusal(url, allowedInsecureOrigins);
  if (refusal) return refused('unreachable', `configuration address refused: it ${refusal}`);

  const headers = { Accept: 'application/json', ...conditionalHeaders(previous) };

  let response: Response;
  try {
    // no-store: our own conditional headers decide; the HTTP cache would hide the 304.
    response = await fetchImpl(url, { credentials: 'include', cache: 'no-store', headers, redirect: 'follow' });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return refused('unreachable', `the ESN could not be reached (${reason})`);
  }

  const outcome = await readResponse(response, url);
  return outcome.kind === 'ok' || outcome.kind === 'refused' ? { ...outcome, status: response.status } : outcome;
}

async function readResponse(response: Response, url: string): Promise<FetchOutcome> {
  try {
    if (response.status === 304) return { kind: 'notModified', status: 304 };
    if (response.status === 401 || response.status === 403) {
      return refused('signedOut', `the ESN refused the request (HTTP ${response.status}): sign in to the ESN`);
    }
    if (redirectedToSignIn(response, url)) {
      return refused('signedOut', `the ESN redirected to a sign-in page (${new URL(response.url).pathname})`);
    }
    if (!response.ok) return refused('unreachable', `the ESN answered HTTP ${response.status}`);
    const contentType = response.headers.get('content-type') ?? '';
    if (/text\/html|application\/xhtml/i.test(contentType)) {
      return refused('signedOut', 'the ESN sent an HTML page (probably its sign-in page) instead of the JSON document');
    }
    const bytes = await readLimited(response, MAX_DOCUMENT_BYTES);
    if (bytes === null) return refused('stale', `the document is larger than ${MAX_DOCUMENT_BYTES} bytes`);
    // Not always UTF-8: Windows PowerShell 5.1 writes UTF-16 (Out-File) or the ANSI code page (Set-Content).
    const { text } = decodeBody(bytes, contentType);
    if (looksLikeHtml(text)) {
      return refused('signedOut', 'the ESN sent an HTML page (probably its sign-in page) instead of the JSON document');
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (error) {
      // The parser's message says where: "… at position 812 (line 31 column 5)".
      const where = error instanceof Error ? ` (${error.message})` : '';
      return refused('stale', `the document is not valid JSON${where} — check it with a JSON validator`);
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      return refused('stale', 'the document is not a JSON object');
    }
    return { kind: 'ok', body: body as Record<string, unknown>, ...validatorsOf(response.headers) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return refused('unreachable', `the document could not be read (${reason})`);
  }
}
