/**
 * Sending the batch: take what is pending (plus a batch that failed before), post it once, and keep nothing
 * once the ESN has it. Network, clock and randomness are injected so every path has a unit test.
 */

import { parseRetryAfter } from '../http/retry-after';
import type { RingLabel } from '../rollout/ring-label';
import { mergeDays } from './aggregate';
import { outcomeOf, retryDelayMs } from './backoff';
import { toBatch } from './batch';
import type { SendIndicatorsResult } from './protocol';
import { indicatorsQueue } from './queue';
import { indicatorsOutboxItem, pendingIndicatorsItem } from './storage';
import type { IndicatorsBatch } from './types';

export interface PostResult {
  status: number;
  retryAfter: string | null;
}

export interface SendDeps {
  /** Null when no answer came (network down, timeout). */
  post(endpoint: string, body: string): Promise<PostResult | null>;
  now(): number;
  random(): number;
  version: string;
  /**
   * The daily send passes today: only finished days leave, so that a device's day is in one batch only and the
   * report can count devices per cell (ADMIN.md › Privacy). Absent: every day counted (tests, support).
   */
  keepFrom?: string;
  /** The local noise in force (stated in the batch). */
  noise?: number;
  /** The device's ring label (stated in the batch; "general" when absent). */
  ring?: RingLabel;
}

export type SendResult = SendIndicatorsResult;

/** What the next send would post: the failed batch and everything counted since, within the bounds. */
export async function previewBatch(
  version: string,
  noise = 0,
  ring: RingLabel = 'general',
): Promise<IndicatorsBatch | null> {
  const [pending, outbox] = await Promise.all([pendingIndicatorsItem.getValue(), indicatorsOutboxItem.getValue()]);
  const days = mergeDays(outbox?.days ?? [], pending);
  return days.length === 0 ? null : toBatch(days, version, undefined, noise, ring);
}

/** Forgets everything counted (indicators turned off: nothing is kept). */
export function clearIndicators(): Promise<void> {
  return indicatorsQueue.run('forget the counts', async () => {
    await pendingIndicatorsItem.update(() => []);
    await indicatorsOutboxItem.update(() => null);
  });
}

async function sendOnce(endpoint: string, deps: SendDeps): Promise<SendResult> {
  const taken = await indicatorsQueue.run('take the pending batch', async () => {
    const [pending, outbox] = await Promise.all([pendingIndicatorsItem.getValue(), indicatorsOutboxItem.getValue()]);
    const all = mergeDays(outbox?.days ?? [], pending);
    const { keepFrom } = deps;
    const days = keepFrom === undefined ? all : all.filter((day) => day.day < keepFrom);
    if (days.length === 0) return null;
    const batch = toBatch(days, deps.version, undefined, deps.noise, deps.ring);
    // The outbox holds exactly what is sent: entries dropped by the size bound are not retried either.
    await indicatorsOutboxItem.setValue({ days: batch.days, attempts: outbox?.attempts ?? 0 });
    await pendingIndicatorsItem.setValue(keepFrom === undefined ? [] : all.filter((day) => day.day >= keepFrom));
    return batch;
  });
  if (taken === null) return { outcome: 'nothing' };

  let answer: PostResult | null = null;
  try {
    answer = await deps.post(endpoint, JSON.stringify(taken));
  } catch {
    answer = null;
  }
  const outcome = outcomeOf(answer?.status ?? null);
  const status = answer ? { status: answer.status } : {};
  return indicatorsQueue.run('keep the send outcome', async () => {
    const outbox = await indicatorsOutboxItem.getValue();
    if (outcome !== 'retry' || outbox === null) {
      // Sent, refused for good, or cleared meanwhile (indicators turned off): nothing is kept.
      await indicatorsOutboxItem.setValue(null);
      return { outcome: outbox === null && outcome === 'retry' ? 'disabled' : outcome, ...status };
    }
    const attempts = outbox.attempts + 1;
    const now = deps.now();
    const delay = retryDelayMs(attempts, parseRetryAfter(answer?.retryAfter ?? null, now), deps.random);
    const nextAttemptAt = now + delay;
    await indicatorsOutboxItem.setValue({ ...outbox, attempts, nextAttemptAt });
    return { outcome, ...status, nextAttemptAt };
  });
}

type SendPending = (endpoint: string | null, deps: SendDeps) => Promise<SendResult>;

/** Sends the pending batch; a send already running (the alarm, IT's "Send now") is joined rather than doubled. */
export function createPendingSender(): SendPending {
  let inFlight: Promise<SendResult> | null = null;
  return (endpoint, deps) => {
    if (endpoint === null) return Promise.resolve({ outcome: 'disabled' });
    inFlight ??= sendOnce(endpoint, deps).finally(() => {
      inFlight = null;
    });
    return inFlight;
  };
}
