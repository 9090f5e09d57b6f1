/**
 * One task at a time, in the order asked: read-modify-write of stored state must never interleave (two quick
 * clicks, a configuration change during a fetch, two capabilities publishing at once).
 *
 * The failure policy, the same for every queue: a failed task is logged once, with the queue's and the task's
 * name, and never blocks the tasks queued after it; the caller of that task gets its rejection (and decides what
 * its own callers see).
 */
interface SerialQueue {
  /** Runs `task` once every task queued before it has settled; answers its result, or its rejection. */
  run<T>(name: string, task: () => T | Promise<T>): Promise<T>;
  /** Settles once every task queued so far has settled (never rejects). */
  idle(): Promise<void>;
}

export function createSerialQueue(owner: string, log: typeof console.error = console.error): SerialQueue {
  let tail: Promise<void> = Promise.resolve();
  return {
    run(name, task) {
      const result = tail.then(task);
      tail = result.then(
        () => undefined,
        (error: unknown) => log(`Passerelle: ${owner}: could not ${name}`, error),
      );
      return result;
    },
    idle: () => tail,
  };
}

/** For callers that start a queued task and do not wait for it: its failure has been logged already. */
export function alreadyLogged(): void {}
