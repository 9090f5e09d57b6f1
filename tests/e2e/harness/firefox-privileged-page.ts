/**
 * about:config in a puppeteer Firefox: a privileged page (allowed by --remote-allow-system-access) whose scripts
 * reach Firefox's `Services`, so the harness can change a pref or clear cookies while the browser runs.
 */
import type { Browser } from 'puppeteer-core';
import { navigate } from './firefox-page';

interface FirefoxServices {
  prefs: { setBoolPref(name: string, value: boolean): void; setIntPref(name: string, value: number): void };
  cookies: { removeAll(): void };
}

export interface PrivilegedPage {
  setBoolPref(name: string, value: boolean): Promise<void>;
  setIntPref(name: string, value: number): Promise<void>;
  removeAllCookies(): Promise<void>;
  close(): Promise<void>;
}

export async function openPrivilegedPage(browser: Browser): Promise<PrivilegedPage> {
  const page = await browser.newPage();
  await navigate(page, 'about:config');
  return {
    setBoolPref: (name, value) =>
      page.evaluate(
        (pref: string, on: boolean) => {
          (globalThis as unknown as { Services: FirefoxServices }).Services.prefs.setBoolPref(pref, on);
        },
        name,
        value,
      ),
    setIntPref: (name, value) =>
      page.evaluate(
        (pref: string, number: number) => {
          (globalThis as unknown as { Services: FirefoxServices }).Services.prefs.setIntPref(pref, number);
        },
        name,
        value,
      ),
    removeAllCookies: () =>
      page.evaluate(() => {
        (globalThis as unknown as { Services: FirefoxServices }).Services.cookies.removeAll();
      }),
    close: () => page.close(),
  };
}
