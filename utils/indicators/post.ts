import type { PostResult } from './send';

/** A sending attempt gives up after this long; the retry alarm tries again later. */
const TIMEOUT_MS = 30_000;

/**
 * Posts the batch as JSON without cookies or credentials: the ESN must not be able to tie a batch to a
 * signed-in user. Null when no answer came.
 */
export async function postBatch(endpoint: string, body: string): Promise<PostResult | null> {
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    return { status: response.status, retryAfter: response.headers.get('Retry-After') };
  } catch {
    return null;
  }
}
