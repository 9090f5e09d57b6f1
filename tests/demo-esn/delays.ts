/** Cancellable delays for the `slow` fault: all pending ones are cancelled when the server closes. */

export class Delays {
  private readonly pending = new Set<() => void>();

  /** Resolves true after `ms`, or false if cancelled first (server closed, client gone). */
  wait(ms: number, onCancelHook?: (cancel: () => void) => void): Promise<boolean> {
    return new Promise((resolve) => {
      const cancel = (): void => {
        clearTimeout(timer);
        this.pending.delete(cancel);
        resolve(false);
      };
      const timer = setTimeout(() => {
        this.pending.delete(cancel);
        resolve(true);
      }, ms);
      this.pending.add(cancel);
      onCancelHook?.(cancel);
    });
  }

  cancelAll(): void {
    for (const cancel of [...this.pending]) cancel();
  }
}
