/**
 * Chromium as on a managed machine: NO extension flags. Whatever extension runs was installed by the browser
 * itself from the managed policy (ExtensionSettings → update_url → CRX), as on the organisation's PCs.
 *
 * DevTools (so playwright and puppeteer) may not attach to an extension installed by policy unless the policy
 * sets DeveloperToolsAvailability to 1 (Chromium 156 answers "Not allowed"; playwright then loses the tabs
 * navigated to its pages): the test adds it to the generated template, and only there.
 */
import puppeteer, { type Browser, type Target } from 'puppeteer-core';
import { LEAN_PROCESS_SWITCHES, TEST_FEATURE_SWITCHES } from './chromium-features';
import { chromiumExecutable } from './executables';
import { firefoxPage as puppeteerPage } from './firefox-page';
import type { PolicyFile } from './policy-file';
import { freshProfileDir, removeDir } from './profile';
import type { ExtensionSession, ExtPage, PageFunction } from './session';
import { SessionBase, type WrittenFiles } from './session-base';
import { readSnapshot } from './snapshot';

/**
 * Puppeteer's defaults that would stop the policy install or the updater: --disable-extensions turns extensions
 * off, --disable-background-networking and --disable-component-update stop the extension updater.
 */
const DEFAULTS_THAT_BLOCK_INSTALLS = [
  '--disable-extensions',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-default-apps',
];

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-sync',
  '--no-first-run',
  ...TEST_FEATURE_SWITCHES,
  ...LEAN_PROCESS_SWITCHES,
];

export class ManagedChromium extends SessionBase implements ExtensionSession {
  readonly browserName = 'chromium';
  readonly extensionOrigin: string;

  private constructor(
    private browser: Browser,
    readonly extensionId: string,
    readonly profileDir: string,
    private readonly policyFile: PolicyFile,
  ) {
    super();
    this.extensionOrigin = `chrome-extension://${extensionId}/`;
  }

  /** Starts Chromium under `policyFile` (already written) and waits for the force-installed extension to run. */
  static async launch(options: { extensionId: string; policyFile: PolicyFile }): Promise<ManagedChromium> {
    const profileDir = freshProfileDir('chromium-managed');
    let session: ManagedChromium | undefined;
    try {
      session = new ManagedChromium(await start(profileDir), options.extensionId, profileDir, options.policyFile);
      await session.serviceWorker();
      return session;
    } catch (error) {
      if (session) await session.close();
      else {
        options.policyFile.remove();
        removeDir(profileDir);
      }
      throw error;
    }
  }

  /** The extension's newest running service worker: waits for the browser to install and start it. */
  async serviceWorker(timeoutMs = 60_000): Promise<Target> {
    const isOurs = (target: Target) =>
      target.type() === 'service_worker' && target.url().startsWith(this.extensionOrigin);
    const running = this.browser.targets().filter(isOurs).at(-1);
    if (running) return running;
    return this.browser.waitForTarget(isOurs, { timeout: timeoutMs }).catch((error: unknown) => {
      throw new Error(`Chromium never started ${this.extensionOrigin} within ${timeoutMs} ms.`, { cause: error });
    });
  }

  /**
   * The version the running background reports: it writes its own manifest version into the snapshot it
   * publishes (utils/adoption/background.ts), so the new version there means the new service worker runs.
   * (Evaluating in the worker target itself fails once Chromium has stopped an idle worker.)
   */
  async backgroundVersion(): Promise<string> {
    return (await readSnapshot(this))?.adoption.version ?? '';
  }

  /** chrome.runtime.requestUpdateCheck(): the browser fetches update_url now (it throttles repeated calls). */
  async checkForUpdates(): Promise<void> {
    await this.evaluateInExtension(() => {
      const scope = globalThis as unknown as { chrome: { runtime: { requestUpdateCheck(): Promise<unknown> } } };
      return scope.chrome.runtime.requestUpdateCheck();
    });
  }

  /** An update reloads the extension and closes its pages: the harness then opens a new control page once. */
  override async evaluateInExtension<Result, Arg = undefined>(
    fn: PageFunction<Arg, Result>,
    arg?: Arg,
  ): Promise<Result> {
    try {
      return await super.evaluateInExtension(fn, arg);
    } catch (error) {
      if (!/closed|destroyed|detached|not found/i.test(String(error))) throw error;
      this.forgetControlPage();
      return super.evaluateInExtension(fn, arg);
    }
  }

  async openPage(path: string): Promise<ExtPage> {
    const page = await this.browser.newPage();
    await page.goto(this.resolve(path));
    return puppeteerPage(page);
  }

  async restart(): Promise<void> {
    this.forgetControlPage();
    await this.browser.close();
    this.browser = await start(this.profileDir);
    await this.serviceWorker();
  }

  close(): Promise<void> {
    return this.shutDown(() => this.browser.close());
  }

  protected written(): WrittenFiles {
    return { policyFile: this.policyFile, profileDir: this.profileDir };
  }
}

function start(profileDir: string): Promise<Browser> {
  return puppeteer.launch({
    browser: 'chrome',
    executablePath: chromiumExecutable(),
    headless: true,
    userDataDir: profileDir,
    args: ARGS,
    ignoreDefaultArgs: DEFAULTS_THAT_BLOCK_INSTALLS,
    // No test reads puppeteer's requests and responses: no Network domain in every page.
    networkEnabled: false,
  });
}
