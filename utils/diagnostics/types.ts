/**
 * The state of every data source Passerelle reads, as IT sees it in the options page ("For IT") and in the
 * support bundle: the configuration document, the sections index, each feed and the indicators. Nothing personal:
 * no read marks, personal links, favourites, queries or item titles.
 */
import type { ConfigIssue } from '../config/effective';
import type { SyncState } from '../config/slice';
import type { Validators } from '../http/validators';
import type { FeedHealth, FeedRefusalReason } from '../news/types';
import type { SectionsSlice } from '../sections/slice';

/** Green, amber, red, or not in use: shown as a word and a symbol, never as a colour alone. */
export type SourceLevel = 'ok' | 'warning' | 'error' | 'off';

export interface DocumentDiagnostics {
  level: SourceLevel;
  url?: string;
  state: SyncState;
  lastAttemptAt?: number;
  lastSuccessAt?: number;
  nextFetchAt?: number;
  httpStatus?: number;
  detail?: string;
  validators: Validators;
  /** The last good document, still applied while fetches fail. */
  kept?: { url: string; fetchedAt: number };
  /** Refused values of the document and the policy, with their paths. */
  refusals: ConfigIssue[];
}

export interface SectionsDiagnostics extends Omit<SectionsSlice, 'recent' | 'builtAt'> {
  level: SourceLevel;
  url?: string;
  builtAt?: number;
}

export interface FeedDiagnostics {
  level: SourceLevel;
  id: string;
  /** The configured label (English or French as configured): a feed's name, not personal. */
  title: string;
  url: string;
  health: FeedHealth;
  items: number;
  lastAttemptAt?: number;
  lastSuccessAt?: number;
  httpStatus?: number;
  refusal?: FeedRefusalReason;
  error?: string;
  nextPollAt?: number;
  /** Consecutive failures: the backoff doubles the interval for each. */
  failures: number;
  serverHintMinutes?: number;
}

export interface IndicatorsDiagnostics {
  level: SourceLevel;
  enabled: boolean;
  endpoint?: string;
  /** How much is waiting: days and counted events, never their content. */
  pending: { days: number; events: number };
  retry?: { attempts: number; nextAttemptAt?: number };
  lastSend?: { at: number; outcome: 'sent' | 'retry' | 'refused'; status?: number };
}

export interface SourcesDiagnostics {
  document: DocumentDiagnostics;
  sections: SectionsDiagnostics;
  feeds: FeedDiagnostics[];
  indicators: IndicatorsDiagnostics;
}

export const SUPPORT_BUNDLE_SCHEMA = 'passerelle.support/1';

/** What "Copy diagnostics" and "Download" give the hotline. */
export interface SupportBundle {
  schema: typeof SUPPORT_BUNDLE_SCHEMA;
  generatedAt: number;
  version: string;
  browser: string;
  extensionId: string;
  /** Policy keys received, with their values; values of secret keys replaced by REDACTED. */
  policy: { present: boolean; values: Record<string, unknown>; note?: string };
  /** Every setting's effective value and source; secret values redacted. */
  settings: { path: string; value: unknown; source: string }[];
  sources: SourcesDiagnostics;
}

export const REDACTED = '[redacted]';
