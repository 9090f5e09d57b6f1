/**
 * One interface over both browsers, so page objects and tests are written once and run in Chromium
 * (playwright-core) and Firefox ESR (puppeteer-core over WebDriver BiDi).
 */
import type { UiLanguage } from './paths';
import type { PolicyValues } from './policy-file';

export type BrowserName = 'chromium' | 'firefox';

/** A function run in the page. It must be self-contained: it is serialised, so it cannot close over test values. */
export type PageFunction<Arg, Result> = (arg: Arg) => Result | Promise<Result>;

export interface AxeViolation {
  id: string;
  impact?: string | null;
  description: string;
  help: string;
  nodes: { target: unknown; html: string }[];
}

export type ClickModifier = 'Control' | 'Shift';

export interface ExtPage {
  /** The extension page's URL as the browser sees it (moz-extension:// or chrome-extension://). */
  url(): Promise<string>;
  evaluate<Result, Arg = undefined>(fn: PageFunction<Arg, Result>, arg?: Arg): Promise<Result>;
  /** Evaluates a script's source text (through the debugger, so the page's CSP does not block it). */
  evaluateSource(source: string): Promise<unknown>;
  /** Waits until `fn` returns a truthy value (polling, never a fixed sleep) and returns it. */
  waitForFunction<Result, Arg = undefined>(
    fn: PageFunction<Arg, Result>,
    arg?: Arg,
    options?: { timeoutMs?: number },
  ): Promise<NonNullable<Result>>;
  /** Clicks it, with these keys held (Control: a link opens in a background tab; Shift: in a new window). */
  click(selector: string, options?: { modifiers?: readonly ClickModifier[] }): Promise<void>;
  /** Types into the focused element. */
  type(text: string): Promise<void>;
  press(key: string): Promise<void>;
  textContent(selector: string): Promise<string | null>;
  screenshot(path: string): Promise<void>;
  setViewport(size: { width: number; height: number }): Promise<void>;
  /** Runs axe-core in the page and returns its violations. */
  runAxe(): Promise<AxeViolation[]>;
  close(): Promise<void>;
}

/** Settings the user enters in the options page (the configuration capability reads `local:userSettings`). */
export interface UserSettings {
  configUrl?: string;
  [key: string]: unknown;
}

export interface ExtensionSession {
  readonly browserName: BrowserName;
  /** The extension's base URL, ending in '/'. */
  readonly extensionOrigin: string;
  readonly profileDir: string;
  /** Opens an extension page (`popup.html`, `options.html`, …) or any absolute URL in a new tab. */
  openPage(path: string): Promise<ExtPage>;
  badgeText(): Promise<string>;
  badgeTitle(): Promise<string>;
  /** Waits until the badge text matches `pattern`, and returns it. */
  waitForBadge(pattern: RegExp, timeoutMs?: number): Promise<string>;
  setUserSettings(settings: UserSettings): Promise<void>;
  /** A value of the extension's storage.local (the raw value under `key`, e.g. `popupSnapshot`). */
  readLocalStorage<T>(key: string): Promise<T | undefined>;
  /**
   * Waits until the value of storage.local's `key` satisfies `accept`, and returns it: read again each time it
   * changes (storage.onChanged in the extension), not polled.
   */
  waitForLocalStorage<T>(
    key: string,
    accept: (value: T | undefined) => boolean,
    what: string,
    timeoutMs?: number,
  ): Promise<T | undefined>;
  /** Runs `fn` in an extension page that has the extension APIs (not the popup: opening it has effects). */
  evaluateInExtension<Result, Arg = undefined>(fn: PageFunction<Arg, Result>, arg?: Arg): Promise<Result>;
  /** Closes the browser and starts it again on the same profile (the policy file, if any, stays in place). */
  restart(): Promise<void>;
  /** Closes the browser, removes the policy file and the profile unless it was given by the caller. */
  close(): Promise<void>;
}

/** Plain sessions (not the managed ones) can change the pages' colour scheme while the browser runs. */
export interface ColorSchemeControl {
  /** The prefers-color-scheme of the pages opened from now on (what the colorScheme launch option sets at start). */
  setColorScheme(scheme: 'light' | 'dark'): Promise<void>;
}

export interface LaunchOptions {
  /** Reuse this profile (kept on close). Default: a fresh temporary profile, removed on close. */
  profileDir?: string;
  /** Managed policy values for the extension, written to the browser's policy file before launch. */
  policy?: PolicyValues;
  /** Load the build made for this UI language (`npm run build:languages`). Default: the browser's language. */
  uiLanguage?: UiLanguage;
  /** The pages' prefers-color-scheme. Default: the browser's (light). */
  colorScheme?: 'light' | 'dark';
}

/** Generous: on a loaded 2-core machine a cold Firefox takes 15 s to start and a first news poll as long. */
export const DEFAULT_WAIT_MS = 30_000;
