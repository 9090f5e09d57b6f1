/**
 * One browser for the tests of a run: a launch is served by the browser the previous test released (in this file
 * or an earlier one: the e2e projects run their files one after the other in one module graph, `isolate: false`),
 * after a fresh install of the extension (everything it stored is removed, tabs and cookies too; the build for the
 * asked UI language), so the test starts exactly as on a new browser, ~1.5 s sooner in Chromium and ~5 s in Firefox
 * (measured on 2 cores: Chromium 2.0–3.0 s to launch and 0.6–0.9 s to close; Firefox 5.1–5.2 s and 0.8–1.0 s; a
 * fresh install with its check 1.5–2.2 s in Chromium, ~1.3 s in Firefox).
 * A policy change is made on the shared browser where that is cheaper than a new browser: in Firefox (a launch
 * costs ~6 s; policies.json is rewritten and its policy engine reads it again, as Firefox's own tests do; Firefox
 * cannot drop a policy, so a launch without one after a launch with one gets a new browser). In Chromium a new
 * browser answers storage.managed with its policy ~1.5 s after its start (EARLY_STARTUP_COMPLETE, 2 Dec 2026; ~5 s
 * before), where a reload (chrome://policy, ~4 s) then a fresh install take longer, and dropping the policy again costs
 * another reload. So a Chromium launch with a policy gets a browser of its own, as do launches with a profile
 * or a colour scheme (launch flags). The shared browser is closed
 * first, so that it never reads that test's policy file (idle-browsers.ts makes every policy write wait for that).
 * The browser left at the end of the run is killed when the test process exits; its profile goes with it.
 */

import { type IdleBrowser, parkIdle, unpark } from './idle-browsers';
import type { UiLanguage } from './paths';
import type { PolicyValues } from './policy-file';
import type { ExtensionSession, LaunchOptions } from './session';

/** A session that can go back to a fresh install without closing its browser. */
export interface ReinstallableSession extends ExtensionSession {
  /** A first install of the plain build, or of the one made for `uiLanguage`. */
  reinstallExtension(uiLanguage?: UiLanguage): Promise<void>;
  /** Present when the browser can replace its managed policy while it runs (none can remove it). */
  usePolicy?(policy: PolicyValues): Promise<void>;
  /** At the process's exit, synchronously: kills its browser, removes the profile and policy file it wrote. */
  discardFiles(): void;
}

/** The browser a launch function's last test handed back, with the policy it runs under. */
interface Parked<S> {
  session: S;
  idle: IdleBrowser;
  /** Chromium sessions launched with a policy, and Firefox ones given one, keep it until it is changed. */
  policy: PolicyValues | undefined;
}

/** Per launch function (one per browser), for the whole run. */
const parkedBy = new Map<unknown, Parked<ReinstallableSession>>();

function park<S extends ReinstallableSession>(launchFn: unknown, session: S, policy: PolicyValues | undefined): void {
  const idle: IdleBrowser = {
    close: async () => {
      if (parkedBy.get(launchFn)?.session === session) parkedBy.delete(launchFn);
      await session.close();
    },
    discard: () => session.discardFiles(),
  };
  parkedBy.set(launchFn, { session, idle, policy });
  parkIdle(idle);
}

/** The parked browser of `launchFn`, now owned by the caller, or null. */
function takeParked<S extends ReinstallableSession>(launchFn: unknown): Parked<S> | null {
  const parked = parkedBy.get(launchFn) as Parked<S> | undefined;
  parkedBy.delete(launchFn);
  return parked && unpark(parked.idle) ? parked : null;
}

/**
 * Wraps a browser's launch for the tests of one file (call it while the file's tests are defined). Sessions it
 * gives hand their browser back on close(); the next test, in this file or the next, gets it after a fresh install.
 */
export function shareBrowserBetweenTests<S extends ReinstallableSession>(
  launch: (options?: LaunchOptions) => Promise<S>,
): (options?: LaunchOptions) => Promise<S> {
  const release = (session: S, policy: PolicyValues | undefined) => park(launch, session, policy);
  return async (options = {}) => {
    // The UI language is a build to install, not a launch flag: the shared browser installs it.
    const { policy, uiLanguage, ...launchFlags } = options;
    const parked = takeParked<S>(launch);
    if (Object.values(launchFlags).some((value) => value !== undefined)) {
      await parked?.session.close();
      return launch(options);
    }
    let reused = parked?.session ?? null;
    // A browser that cannot take this policy change while it runs is closed, and a new one launched.
    const policyChange = policy !== undefined || parked?.policy !== undefined;
    if (reused && policyChange && (!reused.usePolicy || policy === undefined)) {
      await reused.close();
      reused = null;
    }
    if (reused) {
      try {
        if (policy) await reused.usePolicy?.(policy);
        await reinstallChecked(reused, uiLanguage);
        return lease(reused, (session) => release(session, policy));
      } catch (error) {
        // A browser the last test left unusable is replaced, not trusted.
        console.warn(`Shared browser not reusable (${String(error)}): launching a new one.`);
        await reused.close().catch(() => {});
      }
    }
    const session = await launch(options);
    // A policy the browser cannot replace while it runs stays until that browser closes: it is not shared.
    if (policy && !session.usePolicy) return session;
    return lease(session, (next) => release(next, policy));
  };
}

/** A key the previous test's extension had and a fresh install must not: proves the reinstall removed its storage. */
const LEFTOVER_KEY = 'harness.leftoverFromPreviousTest';

async function reinstallChecked(session: ReinstallableSession, uiLanguage: UiLanguage | undefined): Promise<void> {
  await session.evaluateInExtension((key: string) => {
    type Storage = { storage: { local: { set(items: object): Promise<void> } } };
    const scope = globalThis as unknown as { browser?: Storage; chrome?: Storage };
    return (scope.browser ?? scope.chrome)?.storage.local.set({ [key]: true });
  }, LEFTOVER_KEY);
  await session.reinstallExtension(uiLanguage);
  if ((await session.readLocalStorage(LEFTOVER_KEY)) !== undefined) {
    throw new Error('the reinstalled extension still has the previous one’s storage');
  }
}

/** The session as the test sees it: the same object, except that close() hands the browser back. */
function lease<S extends ReinstallableSession>(session: S, release: (session: S) => void): S {
  let returned = false;
  return new Proxy(session, {
    get(target, property) {
      if (property === 'close') {
        return async () => {
          if (returned) return;
          returned = true;
          release(target);
        };
      }
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
