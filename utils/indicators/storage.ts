import { storage } from 'wxt/utils/storage';
import type { DayCounts } from './types';

/** Counted since the last batch left; emptied when a batch is taken for sending. */
export const pendingIndicatorsItem = storage.defineItem<DayCounts[]>('local:indicatorsPending', {
  fallback: [],
  version: 1,
});

/** A batch taken for sending and not yet accepted by the ESN; deleted as soon as it is. */
export interface Outbox {
  days: DayCounts[];
  attempts: number;
  nextAttemptAt?: number;
}

export const indicatorsOutboxItem = storage.defineItem<Outbox | null>('local:indicatorsOutbox', {
  fallback: null,
  version: 1,
});

/** The last send and the ESN's answer, for the diagnostics (no content of the batch). */
export interface LastSend {
  at: number;
  outcome: 'sent' | 'retry' | 'refused';
  /** HTTP status of the answer; absent when none came. */
  status?: number;
}

export const lastIndicatorsSendItem = storage.defineItem<LastSend | null>('local:indicatorsLastSend', {
  fallback: null,
  version: 1,
});
