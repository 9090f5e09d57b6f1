/**
 * Chromium features the tests turn off, for every launch (playwright's and puppeteer's).
 *
 * Headless Chromium 156 preloads the address bar's WebUI popups (chrome://omnibox-popup.top-chrome/ and its AI
 * mode page) in a renderer of their own at each start: ~1.4 core-seconds of that renderer and ~0.4 of the browser
 * process in the first 10 s, for a popup no headless test opens (the address bar cannot be scripted there). Without
 * them, a launch costs ~2 core-seconds less, and the Chromium project ~36 core-seconds less (339 → 303, measured on
 * 2 cores, 1 Dec 2026). The classic address-bar popup takes their place when a window is shown (npm start).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumExecutable } from './executables';

const QUIET_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

export const DISABLE_QUIET_FEATURES = `--disable-features=${QUIET_FEATURES.join(',')}`;

/**
 * What playwright starts: Chromium keeps only the last --disable-features, and playwright passes its own list
 * before ours, so a script merges them (puppeteer merges them itself).
 */
export function playwrightChromium(): { executablePath: string; env: NodeJS.ProcessEnv } {
  return {
    executablePath: join(dirname(fileURLToPath(import.meta.url)), 'chromium-merged-features.sh'),
    env: { ...process.env, PASSERELLE_CHROMIUM: chromiumExecutable() },
  };
}
