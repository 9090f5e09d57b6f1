/** What both browser sessions do the same way: through an extension page that has the extension APIs. */

import type { PolicyFile } from './policy-file';
import { killProcessesUsing, removeDir } from './profile';
import { DEFAULT_WAIT_MS, type ExtPage, type PageFunction, type UserSettings } from './session';
import { waitUntil } from './wait';

/** The few extension APIs the harness calls from inside a page (`browser` in Firefox, `chrome` in Chromium). */
interface ExtensionApi {
  action: {
    getBadgeText(details: object): Promise<string>;
    getTitle(details: object): Promise<string>;
  };
  storage: {
    local: {
      set(items: Record<string, unknown>): Promise<void>;
      get(key: string): Promise<Record<string, unknown>>;
    };
    onChanged: {
      addListener(listener: StorageListener): void;
      removeListener(listener: StorageListener): void;
    };
  };
}

type StorageListener = (changes: Record<string, unknown>, area: string) => void;

/** What no value's JSON can be: the first read of a wait returns at once. */
const NOT_READ_YET = '\u0000not read yet';

/** Each read waits this long at most for a change in the page: a bound, not a poll (a change ends it at once). */
const LONGEST_QUIET_MS = 2_000;

/**
 * The page the harness evaluates in: the extension's own manifest.json, which has the extension APIs and no side
 * effects (opening the popup page could mark news read).
 */
export const CONTROL_PAGE = 'manifest.json';

/** What a session wrote outside its browser: removed when it closes. */
export interface WrittenFiles {
  policyFile: PolicyFile | null;
  /** null when the caller gave the profile (it keeps it). */
  profileDir: string | null;
}

/** Synchronous, so that it can also run at the process's exit for a browser being killed. */
function removeWritten(written: WrittenFiles): void {
  written.policyFile?.remove();
  if (written.profileDir) removeDir(written.profileDir);
}

export abstract class SessionBase {
  abstract readonly extensionOrigin: string;
  abstract openPage(path: string): Promise<ExtPage>;
  private controlPage: Promise<ExtPage> | null = null;

  /** Absolute URLs pass through; anything else is a path inside the extension. */
  protected resolve(path: string): string {
    return /^[a-z-]+:/i.test(path) ? path : new URL(path.replace(/^\//, ''), this.extensionOrigin).href;
  }

  private control(): Promise<ExtPage> {
    if (this.controlPage === null) {
      const opening = this.openPage(CONTROL_PAGE);
      // A failed opening is not cached: the next call tries again.
      opening.catch(() => {
        if (this.controlPage === opening) this.controlPage = null;
      });
      this.controlPage = opening;
    }
    return this.controlPage;
  }

  /** Call before the browser goes away: the control page goes with it. */
  protected forgetControlPage(): void {
    this.controlPage = null;
  }

  /**
   * Ends the session: the browser closes, then what the session wrote is removed (its policy file, and its profile
   * unless the caller gave it) even when closing failed, so the next test never starts under this one's policy.
   */
  protected async shutDown(closeBrowser: () => Promise<void>): Promise<void> {
    this.forgetControlPage();
    try {
      await closeBrowser();
    } finally {
      removeWritten(this.written());
    }
  }

  /** At the process's exit (idle-browsers.ts): kills the browser, then removes what the session wrote. */
  discardFiles(): void {
    killProcessesUsing(this.profileDir);
    removeWritten(this.written());
  }

  abstract readonly profileDir: string;

  /** What the session wrote outside its browser, as it stands now. */
  protected abstract written(): WrittenFiles;

  /** Closes the harness's own tab (npm start, so that the user does not see it); it reopens when needed. */
  async closeControlPage(): Promise<void> {
    const page = this.controlPage;
    this.controlPage = null;
    await (await page)?.close();
  }

  async evaluateInExtension<Result, Arg = undefined>(fn: PageFunction<Arg, Result>, arg?: Arg): Promise<Result> {
    return (await this.control()).evaluate(fn, arg);
  }

  badgeText(): Promise<string> {
    return this.evaluateInExtension(() => {
      const scope = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
      return (scope.browser ?? scope.chrome)?.action.getBadgeText({}) ?? '';
    });
  }

  badgeTitle(): Promise<string> {
    return this.evaluateInExtension(() => {
      const scope = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
      return (scope.browser ?? scope.chrome)?.action.getTitle({}) ?? '';
    });
  }

  async waitForBadge(pattern: RegExp, timeoutMs = 2 * DEFAULT_WAIT_MS): Promise<string> {
    let last = '';
    await waitUntil(
      async () => {
        last = await this.badgeText();
        return pattern.test(last);
      },
      { timeoutMs, intervalMs: 100, what: `a badge matching ${pattern} (last: "${last}")` },
    ).catch((error: unknown) => {
      throw new Error(`The badge never matched ${pattern} within ${timeoutMs} ms (last: "${last}").`, { cause: error });
    });
    return last;
  }

  async setUserSettings(settings: UserSettings): Promise<void> {
    await this.evaluateInExtension((value: UserSettings) => {
      const scope = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
      return (scope.browser ?? scope.chrome)?.storage.local.set({ userSettings: value });
    }, settings);
  }

  async waitForLocalStorage<T>(
    key: string,
    accept: (value: T | undefined) => boolean,
    what: string,
    timeoutMs = DEFAULT_WAIT_MS,
  ): Promise<T | undefined> {
    let seen = NOT_READ_YET;
    let last: T | undefined;
    await waitUntil(
      async () => {
        seen = await this.nextLocalText(key, seen);
        last = seen === '' ? undefined : (JSON.parse(seen) as T);
        return accept(last);
      },
      { intervalMs: 0, timeoutMs, what },
    );
    return last;
  }

  /**
   * The JSON of storage.local's `key` ('' when it has none) once it differs from `seen`: at once if it already
   * does, else as soon as storage.onChanged reports the key (or after LONGEST_QUIET_MS). The listener is added before
   * the value is read, so a change between two calls is never missed.
   */
  private nextLocalText(key: string, seen: string): Promise<string> {
    return this.evaluateInExtension(
      (arg: { key: string; seen: string; quietMs: number }) => {
        const scope = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
        const storage = (scope.browser ?? scope.chrome)?.storage;
        if (!storage) throw new Error('no extension storage API in the control page');
        // Assigned to members, not declared: a named inner function would not survive serialisation (README).
        const wait: { listener?: StorageListener; timer?: ReturnType<typeof setTimeout> } = {};
        return new Promise<void>((changed) => {
          wait.listener = (changes, area) => {
            if (area === 'local' && arg.key in changes) changed();
          };
          storage.onChanged.addListener(wait.listener);
          wait.timer = setTimeout(changed, arg.quietMs);
          storage.local.get(arg.key).then((items) => {
            if ((JSON.stringify(items[arg.key]) ?? '') !== arg.seen) changed();
          });
        })
          .then(() => {
            if (wait.listener) storage.onChanged.removeListener(wait.listener);
            clearTimeout(wait.timer);
            return storage.local.get(arg.key);
          })
          .then((items) => JSON.stringify(items[arg.key]) ?? '');
      },
      { key, seen, quietMs: LONGEST_QUIET_MS },
    );
  }

  async readLocalStorage<T>(key: string): Promise<T | undefined> {
    const items = await this.evaluateInExtension((name: string) => {
      const scope = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
      return (scope.browser ?? scope.chrome)?.storage.local.get(name) ?? ({} as Record<string, unknown>);
    }, key);
    return items[key] as T | undefined;
  }
}
