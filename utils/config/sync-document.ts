/** One fetch of the configuration document, and what it changes in the stored document and the sync status. */
import { configDocumentItem, type SyncStatus, syncStatusItem } from './document-store';
import { type FetchLike, fetchConfigDocument } from './fetcher';

export async function syncDocument(
  url: string,
  allowedInsecureOrigins: readonly string[],
  now: number,
  fetchImpl?: FetchLike,
): Promise<SyncStatus> {
  const [stored, status] = await Promise.all([configDocumentItem.getValue(), syncStatusItem.getValue()]);
  const sameUrl = stored?.url === url;
  const validators = sameUrl
    ? {
        ...(stored.etag ? { etag: stored.etag } : {}),
        ...(stored.lastModified ? { lastModified: stored.lastModified } : {}),
      }
    : {};
  const outcome = await fetchConfigDocument(url, validators, allowedInsecureOrigins, fetchImpl);
  const lastSuccessAt = status.url === url ? status.lastSuccessAt : undefined;
  let next: SyncStatus;
  if (outcome.kind === 'ok') {
    await configDocumentItem.setValue({
      url,
      body: outcome.body,
      fetchedAt: now,
      ...(outcome.etag ? { etag: outcome.etag } : {}),
      ...(outcome.lastModified ? { lastModified: outcome.lastModified } : {}),
    });
    next = { state: 'ok', url, lastAttemptAt: now, lastSuccessAt: now };
  } else if (outcome.kind === 'notModified' && sameUrl) {
    next = { state: 'ok', url, lastAttemptAt: now, lastSuccessAt: now };
  } else {
    // The last good document stays in use (a 304 without a stored document cannot happen unless the ESN lies).
    const message = outcome.kind === 'refused' ? outcome.message : 'the ESN answered 304 without a cached document';
    const state = outcome.kind === 'refused' ? outcome.state : 'stale';
    next = {
      state,
      url,
      lastAttemptAt: now,
      detail: message,
      ...(lastSuccessAt === undefined ? {} : { lastSuccessAt }),
    };
  }
  if (outcome.kind !== 'refused' || outcome.status !== undefined) next.httpStatus = outcome.status ?? 200;
  await syncStatusItem.setValue(next);
  return next;
}
