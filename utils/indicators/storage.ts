import * as z from 'zod/mini';
import { defineHealedItem } from '../storage-health/healed-item';
import { healWith } from '../storage-health/salvage';
import { dayCountsSchema, withDayDefaults } from './storage-schema';
import type { DayCounts } from './types';

const count = z.number().check(z.int(), z.nonnegative());

/** Counted since the last batch left; emptied when a batch is taken for sending. */
export const pendingIndicatorsItem = defineHealedItem<DayCounts[]>('local:indicatorsPending', {
  fallback: [],
  version: 1,
  heal: (stored) => {
    const healed = healWith(z.array(dayCountsSchema), [])(stored);
    return { ...healed, value: healed.value.map(withDayDefaults) };
  },
});

/** A batch taken for sending and not yet accepted by the ESN; deleted as soon as it is. */
export interface Outbox {
  days: DayCounts[];
  attempts: number;
  nextAttemptAt?: number;
}

const outboxSchema = z.nullable(
  z.object({ days: z.array(dayCountsSchema), attempts: count, nextAttemptAt: z.optional(z.number()) }),
);

export const indicatorsOutboxItem = defineHealedItem<Outbox | null>('local:indicatorsOutbox', {
  fallback: null,
  version: 1,
  heal: (stored) => {
    const healed = healWith(outboxSchema as z.ZodMiniType<Outbox | null>, null)(stored);
    const outbox = healed.value;
    return outbox === null ? healed : { ...healed, value: { ...outbox, days: outbox.days.map(withDayDefaults) } };
  },
});

/** The last send and the ESN's answer, for the diagnostics (no content of the batch). */
export interface LastSend {
  at: number;
  outcome: 'sent' | 'retry' | 'refused';
  /** HTTP status of the answer; absent when none came. */
  status?: number;
}

const lastSendSchema = z.nullable(
  z.object({ at: z.number(), outcome: z.enum(['sent', 'retry', 'refused']), status: z.optional(z.number()) }),
);

export const lastIndicatorsSendItem = defineHealedItem<LastSend | null>('local:indicatorsLastSend', {
  fallback: null,
  version: 1,
  heal: healWith(lastSendSchema as z.ZodMiniType<LastSend | null>, null),
});
