import * as z from 'zod/mini';
import { defineHealedItem } from '../storage-health/healed-item';
import { healWith } from '../storage-health/salvage';
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

// The body is validated field by field when the configuration is computed; here only the envelope.
const storedDocumentSchema = z.nullable(
  z.object({
    url: z.string(),
    body: z.unknown(),
    etag: z.optional(z.string()),
    lastModified: z.optional(z.string()),
    fetchedAt: z.number(),
  }),
);

export const configDocumentItem = defineHealedItem<StoredDocument | null>('local:configDocument', {
  fallback: null,
  version: 1,
  heal: healWith(storedDocumentSchema as z.ZodMiniType<StoredDocument | null>, null),
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

const syncStatusSchema = z.object({
  state: z.enum(['ok', 'never', 'stale', 'unreachable', 'signedOut']),
  url: z.optional(z.string()),
  lastAttemptAt: z.optional(z.number()),
  lastSuccessAt: z.optional(z.number()),
  detail: z.optional(z.string()),
});

export const syncStatusItem = defineHealedItem<SyncStatus>('local:configSyncStatus', {
  fallback: { state: 'never' },
  version: 1,
  heal: healWith(syncStatusSchema, { state: 'never' }),
});
