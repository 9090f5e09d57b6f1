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
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
