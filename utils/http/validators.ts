/**
 * Conditional requests, one rule for every file Passerelle polls on the ESN (the configuration document, the
 * sections index, the news feeds): the validators of the last 200 are kept with what it carried and sent back, so
 * an unchanged file costs the ESN a 304 and Passerelle no parsing.
 */

/** What an answer said about its version (RFC 9110 §8.8): kept, then replayed on the next request. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

/** The request headers that replay what was kept (none for a validator the server never sent). */
export function conditionalHeaders({ etag, lastModified }: Validators): Record<string, string> {
  return {
    ...(etag ? { 'If-None-Match': etag } : {}),
    ...(lastModified ? { 'If-Modified-Since': lastModified } : {}),
  };
}

/** The validators an answer carries; a header that is missing or empty gives none. */
export function validatorsOf(headers: Headers): Validators {
  const etag = headers.get('ETag');
  const lastModified = headers.get('Last-Modified');
  return { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
}
