import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFirstFrame } from '@/components/common/after-first-frame';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
});
afterEach(() => vi.useRealTimers());

describe('afterFirstFrame', () => {
  it('runs once, in a task after the next animation frame, not before', () => {
    const then = vi.fn();
    afterFirstFrame(then);
    vi.advanceTimersByTime(15);
    expect(then).not.toHaveBeenCalled();
    vi.advanceTimersToNextFrame();
    expect(then).not.toHaveBeenCalled();
    // The task queued by the frame (fake timers run a 0 ms timeout 1 ms later).
    vi.advanceTimersByTime(1);
    expect(then).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1_000);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('runs after 100 ms in a tab that gets no animation frames', () => {
    vi.spyOn(globalThis, 'requestAnimationFrame').mockImplementation(() => 0);
    const then = vi.fn();
    afterFirstFrame(then);
    vi.advanceTimersByTime(99);
    expect(then).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('never runs once cancelled', () => {
    const then = vi.fn();
    afterFirstFrame(then)();
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(1_000);
    expect(then).not.toHaveBeenCalled();
  });
});
