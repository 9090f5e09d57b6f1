/**
 * Tests that start from the same state share one setup (a browser, the demo ESN, the extension configured and
 * synced): the first test of the group builds it, the next ones reuse it, and the group's `afterAll` tears it down.
 * A fresh install and a first sync cost 5–8 s per test on 2 cores; a group of five saves four of them.
 * Each test of a group therefore reads the state it starts from (the unread count, the snapshot) instead of
 * assuming a fresh install, and leaves the demo ESN as it found it (no fault on). A test that fails tears the setup
 * down, so the next test builds a new one instead of trusting what a failure left behind.
 * Call it inside the group's own `describe`, so that its `afterAll` runs when the group ends, before the file's next
 * test asks for a browser.
 */
import { afterAll } from 'vitest';
import { type DemoEsn, startDemoEsn } from './demo';
import type { ExtensionSession } from './session';

export interface SharedSetup<T> {
  /** Runs `body` on the group's setup, building it first if no earlier test left one. */
  use<R>(body: (value: T) => Promise<R>): Promise<R>;
}

function shareSetup<T>(setup: () => Promise<T>, teardown: (value: T) => Promise<void>): SharedSetup<T> {
  let current: Promise<T> | null = null;
  const tearDown = async () => {
    const built = current;
    current = null;
    const value = await built?.catch(() => null);
    if (value) await teardown(value);
  };
  afterAll(tearDown);
  return {
    async use(body) {
      current ??= setup();
      try {
        return await body(await current);
      } catch (error) {
        await tearDown().catch((teardownError: unknown) => console.warn('Shared setup not torn down:', teardownError));
        throw error;
      }
    },
  };
}

/** A demo ESN and a session configured on it, and what configuring said (the first sync's unread count…). */
export interface DemoSession<R> {
  esn: DemoEsn;
  session: ExtensionSession;
  configured: R;
}

/**
 * The usual shared setup: a demo ESN (`prepare` sets it up before the first sync), a session from `launch`, and
 * `configure` pointing the extension at it; whatever was built is closed if a step fails.
 */
export function shareDemoSession<R>(
  launch: () => Promise<ExtensionSession>,
  configure: (session: ExtensionSession, esn: DemoEsn) => Promise<R>,
  prepare?: (esn: DemoEsn) => void,
): SharedSetup<DemoSession<R>> {
  return shareSetup(async () => {
    const esn = await startDemoEsn();
    let session: ExtensionSession | undefined;
    try {
      prepare?.(esn);
      session = await launch();
      return { esn, session, configured: await configure(session, esn) };
    } catch (error) {
      await session?.close();
      await esn.close();
      throw error;
    }
  }, closeDemoSession);
}

async function closeDemoSession({ esn, session }: { esn: DemoEsn; session: ExtensionSession }): Promise<void> {
  await session.close();
  await esn.close();
}
