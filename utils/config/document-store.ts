import { storage } from 'wxt/utils/storage';
import type { SyncState } from './slice';

/** The last configuration document the ESN served that could be read, kept across restarts. */
export interface StoredDocument {
  /** The address it was fetched from: a document of another address is never applied. */
  url: string;
  body: unknown;
  etag?: string;
  lastModified?: string;
  fetchedAt: number;
}

export const configDocumentItem = storage.defineItem<StoredDocument | null>('local:configDocument', {
  fallback: null,
  version: 1,
});

/** How the last fetches went, for the popup's status line and the diagnostics. */
export interface SyncStatus {
  state: SyncState;
  url?: string;
  lastAttemptAt?: number;
  lastSuccessAt?: number;
  /** Why the last fetch was refused, in English (for the hotline). */
  detail?: string;
  /** HTTP status of the last answer (absent when none came). */
  httpStatus?: number;
}

export const syncStatusItem = storage.defineItem<SyncStatus>('local:configSyncStatus', {
  fallback: { state: 'never' },
  version: 1,
});
