/**
 * Real Chromium (the system's /usr/bin/chromium, or CHROME_PATH) with the built extension loaded, through
 * playwright-core. See /work/shared/TESTING.md for the verified launch recipe.
 */
import { type BrowserContext, chromium, type Worker } from 'playwright-core';
import { LEAN_PROCESS_SWITCHES, playwrightChromium, TEST_FEATURE_SWITCHES } from './chromium-features';
import { chromiumPage } from './chromium-page';
import { openTab } from './chromium-tab';
import { closeIdleBrowsers } from './idle-browsers';
import { buildCommandFor, buildDirFor, CHROMIUM_EXTENSION_ID, requireBuild, type UiLanguage } from './paths';
import { CHROMIUM_POLICY_FILE, chromiumPolicyDocument, type PolicyFile, writePolicyFile } from './policy-file';
import { freshProfileDir, removeDir } from './profile';
import type { ColorSchemeControl, ExtensionSession, LaunchOptions } from './session';
import { SessionBase, type WrittenFiles } from './session-base';

export interface ChromiumLaunchOptions extends LaunchOptions {
  /** Playwright's name for `profileDir`. */
  userDataDir?: string;
  /** Show the browser window (npm start with a display). Default: headless. */
  headful?: boolean;
  /** Playwright's viewport for new pages; null lets the window decide (headful). */
  viewport?: { width: number; height: number } | null;
  /**
   * Let playwright kill the browser on Ctrl+C / SIGTERM (default true). npm start handles the signals itself, so
   * that it can also stop the demo ESN and remove the profile.
   */
  handleSignals?: boolean;
  /** Load this unpacked extension instead of the build (the bench loads a copy with its baseline page added). */
  extensionDir?: string;
  /** Fewer processes, for the tests (LEAN_PROCESS_SWITCHES, default true); false keeps Chromium's own layout. */
  leanProcesses?: boolean;
}

function launchArgs(extensionDir: string, leanProcesses: boolean): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    // Lets the harness uninstall and load the extension again over CDP (reinstallExtension).
    '--enable-unsafe-extension-debugging',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    ...TEST_FEATURE_SWITCHES,
    ...(leanProcesses ? LEAN_PROCESS_SWITCHES : []),
  ];
}

function extensionDirFor(options: ChromiumLaunchOptions): string {
  return (
    options.extensionDir ??
    requireBuild(buildDirFor('chrome', options.uiLanguage), buildCommandFor('chrome', options.uiLanguage))
  );
}

const isExtensionWorker = (worker: Worker) => worker.url().startsWith(`chrome-extension://${CHROMIUM_EXTENSION_ID}/`);

async function startContext(profileDir: string, options: ChromiumLaunchOptions): Promise<BrowserContext> {
  const extensionDir = extensionDirFor(options);
  const context = await chromium.launchPersistentContext(profileDir, {
    ...playwrightChromium(),
    headless: !options.headful,
    args: launchArgs(extensionDir, options.leanProcesses ?? true),
    handleSIGINT: options.handleSignals ?? true,
    handleSIGTERM: options.handleSignals ?? true,
    ...(options.viewport !== undefined ? { viewport: options.viewport } : {}),
    ...(options.colorScheme ? { colorScheme: options.colorScheme } : {}),
  });
  try {
    const isAnyExtension = (candidate: Worker) => candidate.url().startsWith('chrome-extension://');
    const worker =
      context.serviceWorkers().find(isAnyExtension) ??
      (await context.waitForEvent('serviceworker', { predicate: isAnyExtension }));
    const id = new URL(worker.url()).host;
    if (id !== CHROMIUM_EXTENSION_ID) {
      throw new Error(`Extension id ${id} differs from the one pinned by manifest.key (${CHROMIUM_EXTENSION_ID}).`);
    }
    return context;
  } catch (error) {
    await context.close();
    throw error;
  }
}

export class ChromiumSession extends SessionBase implements ExtensionSession, ColorSchemeControl {
  readonly browserName = 'chromium';
  readonly extensionOrigin = `chrome-extension://${CHROMIUM_EXTENSION_ID}/`;

  private constructor(
    private context: BrowserContext,
    readonly profileDir: string,
    private readonly ownsProfile: boolean,
    private readonly policyFile: PolicyFile | null,
    private options: ChromiumLaunchOptions,
  ) {
    super();
  }

  static async launch(options: ChromiumLaunchOptions = {}): Promise<ChromiumSession> {
    const givenProfile = options.profileDir ?? options.userDataDir;
    const profileDir = givenProfile ?? freshProfileDir('chromium');
    if (options.policy) await closeIdleBrowsers();
    const policyFile = options.policy
      ? writePolicyFile(CHROMIUM_POLICY_FILE, chromiumPolicyDocument(CHROMIUM_EXTENSION_ID, options.policy))
      : null;
    try {
      const context = await startContext(profileDir, options);
      return new ChromiumSession(context, profileDir, !givenProfile, policyFile, options);
    } catch (error) {
      policyFile?.remove();
      if (!givenProfile) removeDir(profileDir);
      throw error;
    }
  }

  /** The playwright context, for what the common interface does not cover. */
  get browserContext(): BrowserContext {
    return this.context;
  }

  private colorScheme: 'light' | 'dark' | undefined;

  async openPage(path: string) {
    // The launch's scheme is the context's; one set since must apply before the first paint: that page starts blank.
    if ((this.colorScheme ?? this.options.colorScheme) === this.options.colorScheme) {
      return chromiumPage(await openTab(this.context, this.resolve(path)));
    }
    const page = await this.context.newPage();
    await page.emulateMedia({ colorScheme: this.colorScheme });
    await page.goto(this.resolve(path));
    return chromiumPage(page);
  }

  async setColorScheme(scheme: 'light' | 'dark'): Promise<void> {
    this.colorScheme = scheme;
  }

  /**
   * Makes Chromium re-read the policy files now (chrome://policy › Reload policies), as an admin's change would
   * be picked up; the extension then gets storage.onChanged for the managed area (wait for its effect).
   * The button is disabled while the reload runs (~1 s here): this waits until it is enabled again.
   */
  async reloadPolicy(): Promise<void> {
    const page = await this.context.newPage();
    try {
      await page.goto('chrome://policy');
      // No named helpers inside: tsx would wrap them in an `__name` call the page does not have.
      await page.locator('#reload-policies').evaluate(async (button: HTMLElement) => {
        button.click();
        let deadline = performance.now() + 2_000;
        while (button.getAttribute('aria-disabled') !== 'true' && performance.now() < deadline) {
          await new Promise((done) => setTimeout(done, 10));
        }
        deadline = performance.now() + 20_000;
        while (button.getAttribute('aria-disabled') === 'true') {
          if (performance.now() > deadline) throw new Error('chrome://policy never finished reloading');
          await new Promise((done) => setTimeout(done, 10));
        }
      });
    } finally {
      await page.close();
    }
  }

  /**
   * A first install on this browser, as a fresh launch would give, in ~1.5 s instead of ~3.5: the extension is
   * uninstalled (Chromium removes everything it stored), the tabs and cookies go, and the build (the one made for
   * `uiLanguage`, or the plain one) is loaded; pages get the launch's colour scheme again.
   */
  async reinstallExtension(uiLanguage?: UiLanguage): Promise<void> {
    this.forgetControlPage();
    this.options = { ...this.options, uiLanguage };
    this.colorScheme = this.options.colorScheme;
    const blank = await this.context.newPage();
    await Promise.all(this.context.pages().map((page) => (page === blank ? undefined : page.close())));
    await this.context.clearCookies();
    const browser = this.context.browser();
    if (!browser) throw new Error('Chromium gave no browser for its persistent context.');
    const cdp = await browser.newBrowserCDPSession();
    try {
      const path = extensionDirFor(this.options);
      const uninstall = () => cdp.send('Extensions.uninstall', { id: CHROMIUM_EXTENSION_ID });
      // One loaded from the command line cannot be uninstalled until it is loaded again as an unpacked extension.
      await uninstall().catch(async () => {
        await cdp.send('Extensions.loadUnpacked', { path });
        await uninstall();
      });
      const started = this.context.waitForEvent('serviceworker', { predicate: isExtensionWorker });
      await cdp.send('Extensions.loadUnpacked', { path });
      await started;
    } finally {
      await cdp.detach();
    }
  }

  async restart(): Promise<void> {
    this.forgetControlPage();
    await this.context.close();
    this.context = await startContext(this.profileDir, this.options);
  }

  close(): Promise<void> {
    return this.shutDown(() => this.context.close());
  }

  protected written(): WrittenFiles {
    return { policyFile: this.policyFile, profileDir: this.ownsProfile ? this.profileDir : null };
  }
}

/** Chromium with the built extension on a fresh profile (unless `profileDir`), optionally under managed policy. */
export function launchChromium(options: ChromiumLaunchOptions = {}): Promise<ChromiumSession> {
  return ChromiumSession.launch(options);
}
