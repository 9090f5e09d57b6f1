/**
 * about:config in a puppeteer Firefox: a privileged page (allowed by --remote-allow-system-access) whose scripts
 * reach Firefox's `Services` and modules, so the harness can change a pref, clear cookies and history or reload the
 * policies while the browser runs.
 */
import type { Browser } from 'puppeteer-core';
import { navigate } from './firefox-page';

interface XpcomScope {
  Cc: Record<string, { getService(type: unknown): { observe(subject: null, topic: string, data: null): void } }>;
  Ci: { nsIObserver: unknown };
}

interface ModuleLoader {
  ChromeUtils: {
    importESModule(url: string): { PlacesUtils: { history: { clear(): Promise<void> } } };
  };
}

interface FirefoxServices {
  prefs: {
    setBoolPref(name: string, value: boolean): void;
    setIntPref(name: string, value: number): void;
    clearUserPref(name: string): void;
  };
  cookies: { removeAll(): void };
}

export interface PrivilegedPage {
  /** A boolean or an integer pref, set while the browser runs. */
  setPref(name: string, value: boolean | number): Promise<void>;
  /** Back to the pref's default value. */
  clearPref(name: string): Promise<void>;
  removeAllCookies(): Promise<void>;
  /** The visited pages go: the address bar suggests them above an extension's own suggestions. */
  clearHistory(): Promise<void>;
  /** Has the policy engine read policies.json again, as Firefox's own tests do (EnterprisePolicyTesting). */
  reloadPolicies(): Promise<void>;
  close(): Promise<void>;
}

export async function openPrivilegedPage(browser: Browser): Promise<PrivilegedPage> {
  const page = await browser.newPage();
  await navigate(page, 'about:config');
  return {
    setPref: (name, value) =>
      page.evaluate(
        (pref: string, setting: boolean | number) => {
          const { prefs } = (globalThis as unknown as { Services: FirefoxServices }).Services;
          if (typeof setting === 'boolean') prefs.setBoolPref(pref, setting);
          else prefs.setIntPref(pref, setting);
        },
        name,
        value,
      ),
    clearPref: (name) =>
      page.evaluate((pref: string) => {
        (globalThis as unknown as { Services: FirefoxServices }).Services.prefs.clearUserPref(pref);
      }, name),
    removeAllCookies: () =>
      page.evaluate(() => {
        (globalThis as unknown as { Services: FirefoxServices }).Services.cookies.removeAll();
      }),
    clearHistory: () =>
      page.evaluate(async () => {
        const { ChromeUtils } = globalThis as unknown as ModuleLoader;
        await ChromeUtils.importESModule('resource://gre/modules/PlacesUtils.sys.mjs').PlacesUtils.history.clear();
      }),
    reloadPolicies: () =>
      page.evaluate(() => {
        const { Cc, Ci } = globalThis as unknown as XpcomScope;
        Cc['@mozilla.org/enterprisepolicies;1']?.getService(Ci.nsIObserver).observe(null, 'policies-startup', null);
      }),
    close: () => page.close(),
  };
}
