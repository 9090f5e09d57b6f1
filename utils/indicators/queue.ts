import { createSerialQueue } from '../async/serial-queue';

/**
 * Every change to the pending counts and the outbox runs one after another: events arrive from several
 * messages at once, and a send must never lose what was counted while it ran.
 */
export const indicatorsQueue = createSerialQueue('indicators');
