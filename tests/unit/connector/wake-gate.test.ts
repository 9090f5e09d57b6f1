import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWakeGate, LONGEST_HOLD_MS } from '@/utils/connector/wake-gate';

/** A promise the test settles. */
function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

/** Sends one message through the gate; `gone()` says whether it went. */
function send(gate: ReturnType<typeof createWakeGate>) {
  let went = false;
  const done = gate.beforeSend().then(() => {
    went = true;
  });
  return { gone: () => went, done };
}

describe('the wake gate', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('holds messages while the page answers on its own and the background sleeps, then lets them go', async () => {
    const gate = createWakeGate(Promise.resolve(true));
    const work = deferred();
    gate.holdFor(work.promise);
    const message = send(gate);
    await vi.advanceTimersByTimeAsync(LONGEST_HOLD_MS - 1);
    expect(message.gone()).toBe(false);
    work.resolve();
    await message.done;
    expect(message.gone()).toBe(true);
  });

  it('lets them go when the page’s answer fails, or after the longest hold when it never comes', async () => {
    const failing = createWakeGate(Promise.resolve(true));
    const work = deferred();
    failing.holdFor(work.promise);
    const first = send(failing);
    work.reject(new Error('no titles'));
    await first.done;
    expect(first.gone()).toBe(true);

    const stuck = createWakeGate(Promise.resolve(true));
    stuck.holdFor(new Promise(() => undefined));
    const second = send(stuck);
    await vi.advanceTimersByTimeAsync(LONGEST_HOLD_MS);
    expect(second.gone()).toBe(true);
  });

  it('holds nothing when the background was awake as the page started, or could not be asked', async () => {
    const gate = createWakeGate(Promise.resolve(false));
    gate.holdFor(new Promise(() => undefined));
    const message = send(gate);
    await vi.advanceTimersByTimeAsync(0);
    expect(message.gone()).toBe(true);

    const unknown = createWakeGate(Promise.reject(new Error('no getContexts')));
    unknown.holdFor(new Promise(() => undefined));
    const other = send(unknown);
    await vi.advanceTimersByTimeAsync(0);
    expect(other.gone()).toBe(true);
  });

  it('holds nothing once a message has gone: the background is starting already', async () => {
    const gate = createWakeGate(Promise.resolve(true));
    await send(gate).done;
    gate.holdFor(new Promise(() => undefined));
    const message = send(gate);
    await vi.advanceTimersByTimeAsync(0);
    expect(message.gone()).toBe(true);
  });
});
