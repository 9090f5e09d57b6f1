import { describe } from 'vitest';
import { defineAdoptionTests } from './adoption.spec';
import { ChromiumSession, launchChromium } from './harness/chromium';
import type { ExtensionSession } from './harness/session';
import { shareBrowserBetweenTests } from './harness/shared-browser';

/**
 * Headless Chromium has no address bar to type in (see omnibox.spec.ts): its Enter on "ps <text>" is dispatched to
 * the extension's own omnibox listener in the service worker, which then does what the real one would.
 */
async function enterInAddressBar(session: ExtensionSession, text: string): Promise<void> {
  if (!(session instanceof ChromiumSession)) throw new Error('A Chromium session is needed.');
  const worker = session.browserContext
    .serviceWorkers()
    .find((candidate) => candidate.url().startsWith(session.extensionOrigin));
  if (!worker) throw new Error('The extension has no service worker running.');
  await worker.evaluate((input: string) => {
    type Omnibox = { omnibox: { onInputEntered: { dispatch(text: string, disposition: string): void } } };
    (globalThis as unknown as { chrome: Omnibox }).chrome.omnibox.onInputEntered.dispatch(input, 'newBackgroundTab');
  }, text);
}

describe('adoption in Chromium', () => {
  const launch = shareBrowserBetweenTests(launchChromium);
  defineAdoptionTests(launch, enterInAddressBar);
});
