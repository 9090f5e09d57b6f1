/** Waiting on the Node side for a condition (a demo ESN counter, a file): polls, never sleeps blindly. */
export async function waitUntil(
  check: () => boolean | Promise<boolean>,
  {
    timeoutMs = 30_000,
    intervalMs = 50,
    what = 'condition',
  }: { timeoutMs?: number; intervalMs?: number; what?: string } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const timedOut = () => new Error(`Timed out after ${timeoutMs} ms waiting for ${what}.`);
  for (;;) {
    // A check that never settles (a page that stopped answering) fails at the deadline with this message too,
    // instead of running into the test's own timeout with no word of what was awaited.
    if (await withDeadline(check(), deadline, timedOut)) return;
    if (Date.now() > deadline) throw timedOut();
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

async function withDeadline<T>(value: T | Promise<T>, deadline: number, timedOut: () => Error): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expiry = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timedOut()), Math.max(0, deadline - Date.now()));
  });
  try {
    return await Promise.race([value, expiry]);
  } finally {
    clearTimeout(timer);
  }
}
