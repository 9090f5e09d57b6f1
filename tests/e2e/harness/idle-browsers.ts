/**
 * Browsers kept open with no test using them (shared-browser.ts parks one between tests and between files), known
 * here so that what must not meet them can close them first: an idle Chromium watches /etc/chromium/policies and
 * would apply a policy file written for another browser (the deployment tests' force-install, say), so a policy
 * file is only written once they are closed (policy-file.ts checks). At the end of the run the test process exits
 * with one still open: `discard` kills it (synchronously: an exit handler cannot wait) and removes what it wrote.
 */

export interface IdleBrowser {
  close(): Promise<void>;
  /** Synchronous, at the process's exit: kills the browser, removes the profile and policy file it wrote. */
  discard(): void;
}

const idle = new Set<IdleBrowser>();

process.once('exit', () => {
  for (const browser of idle) {
    try {
      browser.discard();
    } catch (error) {
      console.warn(`A parked browser's profile or policy file was not removed: ${String(error)}`);
    }
  }
});

export function parkIdle(browser: IdleBrowser): void {
  idle.add(browser);
}

/** Takes a parked browser back (the caller now owns it); false when it was closed meanwhile. */
export function unpark(browser: IdleBrowser): boolean {
  return idle.delete(browser);
}

export function hasIdleBrowsers(): boolean {
  return idle.size > 0;
}

/** Closes every parked browser: call before writing a policy file. */
export async function closeIdleBrowsers(): Promise<void> {
  const closing = [...idle];
  idle.clear();
  await Promise.all(closing.map((browser) => browser.close()));
}
