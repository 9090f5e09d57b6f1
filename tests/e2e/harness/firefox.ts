/**
 * Real Firefox ESR (the system's /usr/bin/firefox-esr, or FIREFOX_PATH) with the built extension installed as a
 * temporary add-on, through puppeteer-core over WebDriver BiDi. See /work/shared/TESTING.md.
 *
 * Restart on the same profile: the add-on is installed again after each launch. Its storage survives because
 * the extension's uuid is pinned by `extensions.webextensions.uuids` (storage is keyed by it); verified on
 * Firefox ESR 153. The keepStorageOnUninstall / keepUuidOnUninstall prefs are set as well so that this does not
 * depend on when Firefox removes the temporary add-on (at shutdown or at the next start).
 */
import puppeteer, { type Browser } from 'puppeteer-core';
import { firefoxExecutable } from './executables';
import { openFirefoxPage } from './firefox-page';
import { openPrivilegedPage } from './firefox-privileged-page';
import { firefoxProfileDir } from './firefox-profile';
import { TEST_FIREFOX_PREFS } from './firefox-test-prefs';
import { closeIdleBrowsers } from './idle-browsers';
import { buildCommandFor, buildDirFor, FIREFOX_EXTENSION_UUID, GECKO_ID, requireBuild, type UiLanguage } from './paths';
import {
  FIREFOX_POLICY_FILE,
  firefoxPolicyDocument,
  type PolicyFile,
  type PolicyValues,
  writePolicyFile,
} from './policy-file';
import { removeDir } from './profile';
import type { ColorSchemeControl, ExtensionSession, ExtPage, LaunchOptions } from './session';
import { SessionBase, type WrittenFiles } from './session-base';

const KEEP_STORAGE_PREF = 'extensions.webextensions.keepStorageOnUninstall';

const PREFS = {
  'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
  [KEEP_STORAGE_PREF]: true,
  'extensions.webextensions.keepUuidOnUninstall': true,
};

/** prefers-color-scheme for pages: puppeteer's emulateMediaFeatures needs CDP, so a pref (0 dark, 1 light). */
const COLOR_SCHEME_PREF = 'layout.css.prefers-color-scheme.content-override';
const colorSchemeValue = (scheme: 'light' | 'dark') => (scheme === 'dark' ? 0 : 1);

function colorSchemePrefs(scheme: LaunchOptions['colorScheme']): Record<string, number> {
  return scheme ? { [COLOR_SCHEME_PREF]: colorSchemeValue(scheme) } : {};
}

async function installBuild(browser: Browser, options: LaunchOptions): Promise<void> {
  const extensionDir = requireBuild(
    buildDirFor('firefox', options.uiLanguage),
    buildCommandFor('firefox', options.uiLanguage),
  );
  const id = await browser.installExtension(extensionDir);
  if (id !== GECKO_ID) throw new Error(`Installed add-on id ${id} differs from the manifest's ${GECKO_ID}.`);
}

async function startBrowser(profileDir: string, options: LaunchOptions): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxExecutable(),
    headless: true,
    protocol: 'webDriverBiDi',
    // No test reads puppeteer's requests and responses (firefox-test-prefs.ts).
    networkEnabled: false,
    // Needed to navigate to moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    userDataDir: profileDir,
    extraPrefsFirefox: { ...TEST_FIREFOX_PREFS, ...PREFS, ...colorSchemePrefs(options.colorScheme) },
  });
  try {
    await installBuild(browser, options);
    return browser;
  } catch (error) {
    await browser.close();
    throw error;
  }
}

export class FirefoxSession extends SessionBase implements ExtensionSession, ColorSchemeControl {
  readonly browserName = 'firefox';
  readonly extensionOrigin = `moz-extension://${FIREFOX_EXTENSION_UUID}/`;

  private constructor(
    private browser: Browser,
    readonly profileDir: string,
    private readonly ownsProfile: boolean,
    private policyFile: PolicyFile | null,
    private options: LaunchOptions,
  ) {
    super();
  }

  static async launch(options: LaunchOptions = {}): Promise<FirefoxSession> {
    const profileDir = options.profileDir ?? (await firefoxProfileDir('firefox'));
    // Firefox reads policies once, at start.
    if (options.policy) await closeIdleBrowsers();
    const policyFile = options.policy
      ? writePolicyFile(FIREFOX_POLICY_FILE, firefoxPolicyDocument(GECKO_ID, options.policy))
      : null;
    try {
      const browser = await startBrowser(profileDir, options);
      return new FirefoxSession(browser, profileDir, !options.profileDir, policyFile, options);
    } catch (error) {
      policyFile?.remove();
      if (!options.profileDir) removeDir(profileDir);
      throw error;
    }
  }

  /** The puppeteer browser, for what the common interface does not cover. */
  get puppeteerBrowser(): Browser {
    return this.browser;
  }

  openPage(path: string): Promise<ExtPage> {
    return openFirefoxPage(this.browser, this.resolve(path));
  }

  /**
   * A first install on this browser, as a fresh launch would give, in ~1.5 s instead of ~6: the tabs go, the add-on
   * is uninstalled with its storage (keepStorageOnUninstall is off for that moment), cookies and history are
   * cleared (an earlier test's visit to a demo tool was the address bar's first suggestion for "ps vehicule"), the
   * pages' colour scheme is the launch's again, and the build (the one made for `uiLanguage`, or the plain one) is
   * installed.
   */
  async reinstallExtension(uiLanguage?: UiLanguage): Promise<void> {
    this.forgetControlPage();
    this.options = { ...this.options, uiLanguage };
    const blank = await this.browser.newPage();
    await Promise.all((await this.browser.pages()).map((page) => (page === blank ? undefined : page.close())));
    const prefs = await openPrivilegedPage(this.browser);
    try {
      await prefs.setPref(KEEP_STORAGE_PREF, false);
      await this.browser.uninstallExtension(GECKO_ID);
      await prefs.setPref(KEEP_STORAGE_PREF, true);
      await prefs.removeAllCookies();
      await prefs.clearHistory();
      if (this.options.colorScheme) await prefs.setPref(COLOR_SCHEME_PREF, colorSchemeValue(this.options.colorScheme));
      else await prefs.clearPref(COLOR_SCHEME_PREF);
    } finally {
      await prefs.close();
    }
    await installBuild(this.browser, this.options);
  }

  /**
   * Puts `policy` in place of the session's policy and has the policy engine read it again (a shared browser does
   * this before a fresh install). It cannot take a policy away: Firefox keeps an extension's last policy when the
   * file goes or lists nothing for it (verified on ESR 153, with an empty Extensions map and with empty values).
   */
  async usePolicy(policy: PolicyValues): Promise<void> {
    this.policyFile?.remove();
    this.policyFile = writePolicyFile(FIREFOX_POLICY_FILE, firefoxPolicyDocument(GECKO_ID, policy));
    const prefs = await openPrivilegedPage(this.browser);
    try {
      await prefs.reloadPolicies();
    } finally {
      await prefs.close();
    }
  }

  async setColorScheme(scheme: 'light' | 'dark'): Promise<void> {
    const prefs = await openPrivilegedPage(this.browser);
    try {
      await prefs.setPref(COLOR_SCHEME_PREF, colorSchemeValue(scheme));
    } finally {
      await prefs.close();
    }
  }

  async restart(): Promise<void> {
    this.forgetControlPage();
    await this.browser.close();
    this.browser = await startBrowser(this.profileDir, this.options);
  }

  close(): Promise<void> {
    return this.shutDown(() => this.browser.close());
  }

  protected written(): WrittenFiles {
    return { policyFile: this.policyFile, profileDir: this.ownsProfile ? this.profileDir : null };
  }
}

/** Firefox ESR with the built extension on a fresh profile (unless `profileDir`), optionally under policy. */
export function launchFirefox(options: LaunchOptions = {}): Promise<FirefoxSession> {
  return FirefoxSession.launch(options);
}
