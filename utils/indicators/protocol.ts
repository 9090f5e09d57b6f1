import type { IndicatorEvent, IndicatorsBatch } from './types';

/** What the options page shows under "what is measured". */
export interface PendingIndicatorsView {
  enabled: boolean;
  endpoint?: string;
  allowQueryText: boolean;
  /** The reports' minimum group size (shown to the employee: no count from fewer devices). */
  minimumGroupSize: number;
  /** The local noise in force (0 = off). */
  noise: number;
  /** Exactly what the next send would post; null when nothing is pending. */
  batch: IndicatorsBatch | null;
  /** Set after a failed send. */
  retry?: { attempts: number; nextAttemptAt: number };
}

type SendIndicatorsOutcome = 'sent' | 'retry' | 'refused' | 'nothing' | 'disabled';

export interface SendIndicatorsResult {
  outcome: SendIndicatorsOutcome;
  /** The HTTP status of the ESN's answer; absent when none came. */
  status?: number;
  /** Set when the batch is kept for a retry: when it is sent again. */
  nextAttemptAt?: number;
}

/** Messages of the indicators capability (see utils/messaging/protocol.ts). */
export interface IndicatorsProtocol {
  /** Count one event (from a page; background code calls recordIndicator() directly). */
  recordIndicator(event: IndicatorEvent): void;
  /** Send everything waiting now, today included (options page › For IT › indicators › "Send now"). */
  sendIndicatorsNow(): SendIndicatorsResult;
  getPendingIndicators(): PendingIndicatorsView;
}
