/**
 * Keeps a sleeping background asleep while the page answers a question from its own stored data. A service worker
 * that starts beside a page slows it several times over (its start takes the same two cores: tests/bench/README.md),
 * so a question typed as the popup opens is answered from the stored titles first, and the page's messages (which
 * wake the worker) follow that answer. Once a message has gone the worker is starting anyway: nothing is held then.
 */

/** At most this long after the question, the held messages go even if the page's own answer is still coming. */
export const LONGEST_HOLD_MS = 250;

export interface WakeGate {
  /** The page is answering on its own (`work`): its messages wait for that answer if the background sleeps. */
  holdFor(work: Promise<unknown>): void;
  /** What a message waits for before it goes (settled at once when nothing is held). */
  beforeSend(): Promise<void>;
}

/**
 * `asleepAtStart`: whether the background slept as the page started (background-asleep.ts; a failure counts as
 * awake). Asked at the first question instead, its answer came ~35 ms later, the page being busy starting, and
 * held an awake background's message that long.
 */
export function createWakeGate(asleepAtStart: Promise<boolean>, longestHoldMs = LONGEST_HOLD_MS): WakeGate {
  let held: Promise<void> | null = null;
  let sent = false;
  const asleep = asleepAtStart.catch(() => false);
  const settled = () => undefined;
  return {
    holdFor(work) {
      if (sent || held) return;
      const timeUp = () => new Promise<void>((resolve) => setTimeout(resolve, longestHoldMs));
      held = asleep.then((sleeping) => (sleeping ? Promise.race([work, timeUp()]).then(settled, settled) : undefined));
    },
    beforeSend() {
      sent = true;
      return held ?? Promise.resolve();
    },
  };
}
