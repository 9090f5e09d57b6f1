/**
 * Firefox ESR as on a managed machine: no temporary add-on. Whatever add-on runs was installed by Firefox itself
 * from /etc/firefox/policies/policies.json (ExtensionSettings → install_url → .xpi), and later updated through
 * the add-on's update_url (updates.json), as on the organisation's PCs.
 *
 * What the test profile relaxes, and why (found from Firefox's own log, `browser.policies.loglevel` = debug):
 * - `xpinstall.signatures.required` false: the test's .xpi is unsigned ("Download failed -
 *   ERROR_SIGNEDSTATE_REQUIRED"); production XPIs are signed by AMO (unlisted). ESR honours this preference.
 * - `extensions.checkUpdateSecurity` false: the local server is plain http, and Firefox disables an add-on whose
 *   update_url is not https ("Incompatible add-on": XPIDatabase.isUsableAddon, "Updates for add-on … must be
 *   provided over HTTPS"). The organisation's update base is https.
 * - `extensions.update.enabled` true: puppeteer turns the add-on updater off for tests; Firefox's default is on.
 */
import puppeteer, { type Browser } from 'puppeteer-core';
import { firefoxExecutable } from './executables';
import { callInBrowserWindow } from './firefox-browser-window';
import { openFirefoxPage } from './firefox-page';
import { firefoxProfileDir } from './firefox-profile';
import { TEST_FIREFOX_PREFS } from './firefox-test-prefs';
import type { PolicyFile } from './policy-file';
import { removeDir } from './profile';
import type { ExtensionSession, ExtPage } from './session';
import { SessionBase, type WrittenFiles } from './session-base';
import { readSnapshot } from './snapshot';
import { waitUntil } from './wait';

/** Pinned through `extensions.webextensions.uuids`, so the add-on's moz-extension:// origin is known in advance. */
export const MANAGED_FIREFOX_UUID = '3b8e5f0a-9c2d-4e7f-8a1b-6c5d4e3f2a10';

function testPrefs(geckoId: string): Record<string, unknown> {
  return {
    ...TEST_FIREFOX_PREFS,
    'xpinstall.signatures.required': false,
    'extensions.checkUpdateSecurity': false,
    'extensions.update.enabled': true,
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: MANAGED_FIREFOX_UUID }),
  };
}

/** The part of Firefox's privileged AddonManager module the harness uses (browser window scope). */
interface AddonManagerScope {
  ChromeUtils: {
    importESModule(url: string): {
      AddonManager: {
        getAddonByID(id: string): Promise<{
          version: string;
          isActive: boolean;
          appDisabled: boolean;
          sourceURI: { spec: string } | null;
        } | null>;
      };
      AddonManagerPrivate: { backgroundUpdateCheck(): Promise<void> };
    };
  };
}

/** What Firefox's add-on manager says about the add-on (null: not installed). */
export interface AddonState {
  version: string;
  isActive: boolean;
  appDisabled: boolean;
  sourceURI: string | null;
}

export class ManagedFirefox extends SessionBase implements ExtensionSession {
  readonly browserName = 'firefox';
  readonly extensionOrigin = `moz-extension://${MANAGED_FIREFOX_UUID}/`;

  private constructor(
    private browser: Browser,
    readonly geckoId: string,
    readonly profileDir: string,
    private readonly policyFile: PolicyFile,
  ) {
    super();
  }

  /** Starts Firefox under `policyFile` (already written) and waits for the force-installed add-on to run. */
  static async launch(options: { geckoId: string; policyFile: PolicyFile }): Promise<ManagedFirefox> {
    const profileDir = await firefoxProfileDir('firefox-managed');
    let session: ManagedFirefox | undefined;
    try {
      session = new ManagedFirefox(
        await start(profileDir, options.geckoId),
        options.geckoId,
        profileDir,
        options.policyFile,
      );
      await session.waitForActiveAddon();
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

  /** The puppeteer browser, for what the common interface does not cover. */
  get puppeteerBrowser(): Browser {
    return this.browser;
  }

  addonState(): Promise<AddonState | null> {
    return callInBrowserWindow(
      this.browser,
      async (id: string) => {
        const scope = globalThis as unknown as AddonManagerScope;
        const { AddonManager } = scope.ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
        const addon = await AddonManager.getAddonByID(id);
        if (!addon) return null;
        const { version, isActive, appDisabled, sourceURI } = addon;
        return { version, isActive, appDisabled, sourceURI: sourceURI?.spec ?? null };
      },
      this.geckoId,
    );
  }

  /** Waits until the add-on manager has installed and started the add-on (Firefox installs it after start-up). */
  async waitForActiveAddon(timeoutMs = 60_000): Promise<AddonState> {
    let last: AddonState | null = null;
    await waitUntil(
      async () => {
        last = await this.addonState();
        return last?.isActive === true;
      },
      { timeoutMs, intervalMs: 250, what: `Firefox to install and start ${this.geckoId}` },
    ).catch((error: unknown) => {
      const state = last ? JSON.stringify(last) : 'not installed';
      throw new Error(`Firefox never started ${this.geckoId} within ${timeoutMs} ms (add-on: ${state}).`, {
        cause: error,
      });
    });
    return last as unknown as AddonState;
  }

  /** The version the running background reports in the snapshot it publishes (utils/adoption/background.ts). */
  async backgroundVersion(): Promise<string> {
    return (await readSnapshot(this))?.adoption.version ?? '';
  }

  /**
   * Firefox's periodic add-on update check, run now: AddonManagerPrivate.backgroundUpdateCheck() is what the
   * `addon-background-update-timer` calls (fetches each add-on's update_url, installs what it finds).
   */
  async checkForUpdates(): Promise<void> {
    await callInBrowserWindow(
      this.browser,
      async () => {
        const scope = globalThis as unknown as AddonManagerScope;
        const { AddonManagerPrivate } = scope.ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
        await AddonManagerPrivate.backgroundUpdateCheck();
        return null;
      },
      null,
    );
  }

  openPage(path: string): Promise<ExtPage> {
    return openFirefoxPage(this.browser, this.resolve(path));
  }

  async restart(): Promise<void> {
    this.forgetControlPage();
    await this.browser.close();
    this.browser = await start(this.profileDir, this.geckoId);
    await this.waitForActiveAddon();
  }

  close(): Promise<void> {
    return this.shutDown(() => this.browser.close());
  }

  protected written(): WrittenFiles {
    return { policyFile: this.policyFile, profileDir: this.profileDir };
  }
}

function start(profileDir: string, geckoId: string): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxExecutable(),
    headless: true,
    protocol: 'webDriverBiDi',
    // No test reads puppeteer's requests and responses (firefox-test-prefs.ts).
    networkEnabled: false,
    // Needed to navigate to moz-extension:// pages and to reach the add-on manager in the browser window.
    args: ['--remote-allow-system-access'],
    userDataDir: profileDir,
    extraPrefsFirefox: testPrefs(geckoId),
  });
}
