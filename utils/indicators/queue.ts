let queue: Promise<unknown> = Promise.resolve();

/**
 * Every change to the pending counts and the outbox runs one after another: events arrive from several
 * messages at once, and a send must never lose what was counted while it ran.
 */
export function serially<T>(task: () => Promise<T>): Promise<T> {
  const result = queue.then(task);
  queue = result.catch(() => undefined);
  return result;
}
