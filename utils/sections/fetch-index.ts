/**
 * Fetches the index file with a conditional request: an unchanged file costs the ESN a 304 and no parsing here.
 * A failure of any kind keeps the last good index (the caller decides); the reason is reported.
 */
import { describeBytes, readLimited } from '../http/read-limited';
import { conditionalHeaders, type Validators, validatorsOf } from '../http/validators';
import { MAX_INDEX_BYTES } from './index-issues';

export type FetchOutcome =
  | { kind: 'notModified'; validators: Validators }
  | { kind: 'ok'; bytes: Uint8Array; contentType: string; validators: Validators }
  | { kind: 'failed'; reason: string };

const TIMEOUT_MS = 30_000;

export async function fetchIndexFile(
  url: string,
  previous: Validators,
  fetcher: typeof fetch = fetch,
): Promise<FetchOutcome> {
  let response: Response;
  try {
    // The validators are ours: the HTTP cache must not answer in our place.
    response = await fetcher(url, {
      headers: conditionalHeaders(previous),
      credentials: 'include',
      cache: 'no-store',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    return { kind: 'failed', reason: `unreachable (${error instanceof Error ? error.message : String(error)})` };
  }
  const validators = validatorsOf(response.headers);
  if (response.status === 304) return { kind: 'notModified', validators: { ...previous, ...validators } };
  if (!response.ok) return { kind: 'failed', reason: `HTTP ${response.status}` };
  // Bytes, not response.text() (always UTF-8): the parser reads the charset (a spreadsheet's CSV is often not UTF-8).
  let bytes: Uint8Array | null;
  try {
    bytes = await readLimited(response, MAX_INDEX_BYTES);
  } catch (error) {
    return {
      kind: 'failed',
      reason: `the file was cut off (${error instanceof Error ? error.message : String(error)})`,
    };
  }
  if (bytes === null) {
    const limit = describeBytes(MAX_INDEX_BYTES);
    return {
      kind: 'failed',
      reason: `the index file is larger than ${limit} — split it, or remove entries that no longer help`,
    };
  }
  return { kind: 'ok', bytes, contentType: response.headers.get('Content-Type') ?? '', validators };
}
