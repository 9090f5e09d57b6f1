/**
 * Cancellable delays for the `slow` fault: all pending ones are cancelled when the server closes, or cut short
 * (answered now) when a test has seen what it waited for during the delay.
 */

export class Delays {
  private readonly pending = new Set<() => void>();
  private readonly finishers = new Set<() => void>();

  /** Resolves true after `ms`, or false if cancelled first (server closed, client gone). */
  wait(ms: number, onCancelHook?: (cancel: () => void) => void): Promise<boolean> {
    return new Promise((resolve) => {
      const settle = (completed: boolean): void => {
        clearTimeout(timer);
        this.pending.delete(cancel);
        this.finishers.delete(finish);
        resolve(completed);
      };
      const cancel = (): void => settle(false);
      const finish = (): void => settle(true);
      const timer = setTimeout(finish, ms);
      this.pending.add(cancel);
      this.finishers.add(finish);
      onCancelHook?.(cancel);
    });
  }

  cancelAll(): void {
    for (const cancel of [...this.pending]) cancel();
  }

  /** Ends every pending delay now, as if its time had run out: the slow requests get their answer. */
  finishAll(): void {
    for (const finish of [...this.finishers]) finish();
  }
}
