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
    const gate = createWakeGate(async () => true);
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
    const failing = createWakeGate(async () => true);
    const work = deferred();
    failing.holdFor(work.promise);
    const first = send(failing);
    work.reject(new Error('no titles'));
    await first.done;
    expect(first.gone()).toBe(true);

    const stuck = createWakeGate(async () => true);
    stuck.holdFor(new Promise(() => undefined));
    const second = send(stuck);
    await vi.advanceTimersByTimeAsync(LONGEST_HOLD_MS);
    expect(second.gone()).toBe(true);
  });

  it('holds nothing when the background is awake, or cannot be asked, and asks only when the page answers on its own', async () => {
    const awake = vi.fn(async () => false);
    const gate = createWakeGate(awake);
    expect(awake).not.toHaveBeenCalled();
    gate.holdFor(new Promise(() => undefined));
    const message = send(gate);
    await vi.advanceTimersByTimeAsync(0);
    expect(message.gone()).toBe(true);
    expect(awake).toHaveBeenCalledOnce();

    const unknown = createWakeGate(() => Promise.reject(new Error('no getContexts')));
    unknown.holdFor(new Promise(() => undefined));
    const other = send(unknown);
    await vi.advanceTimersByTimeAsync(0);
    expect(other.gone()).toBe(true);
  });

  it('holds nothing once a message has gone: the background is starting already', async () => {
    const asleep = vi.fn(async () => true);
    const gate = createWakeGate(asleep);
    await send(gate).done;
    gate.holdFor(new Promise(() => undefined));
    const message = send(gate);
    await vi.advanceTimersByTimeAsync(0);
    expect(message.gone()).toBe(true);
    expect(asleep).not.toHaveBeenCalled();
  });
});
