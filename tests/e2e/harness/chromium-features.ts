/**
 * Chromium features the tests turn off, for every launch (playwright's and puppeteer's).
 *
 * Headless Chromium 156 preloads the address bar's WebUI popups (chrome://omnibox-popup.top-chrome/ and its AI
 * mode page) in a renderer of their own at each start: ~1.4 core-seconds of that renderer and ~0.4 of the browser
 * process in the first 10 s, for a popup no headless test opens (the address bar cannot be scripted there). Without
 * them, a launch costs ~2 core-seconds less, and the Chromium project ~36 core-seconds less (339 → 303, measured on
 * 2 cores, 1 Dec 2026). The classic address-bar popup takes their place when a window is shown (npm start).
 */
import { mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumExecutable } from './executables';

const QUIET_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

export const DISABLE_QUIET_FEATURES = `--disable-features=${QUIET_FEATURES.join(',')}`;

/**
 * Chromium holds its BEST_EFFORT tasks until it counts its start as complete, and by default that waits for the
 * first visible tab to load and go idle: ~5.5 s after a headless launch here (chrome://histograms,
 * Startup.AfterStartupTaskDelayedUntilTime). The policy loader is one of those tasks: a new browser's 3rdparty policy
 * reached storage.managed ~5 s after its start, whatever the test did meanwhile. Chromium's own variant that does not
 * wait for a tab (its first paint still counts) completes the start at ~2 s, and the policy arrives ~1.5 s after the
 * launch (2 Dec 2026, Chromium 156). What the extension sees is unchanged: storage.managed empty at first, then the
 * policy; only the wait is shorter.
 */
const EARLY_STARTUP_COMPLETE = '--enable-features=ImprovedStartupBestEffortDelay:StartupDelayVisibleTabTimeout/0s';

/** The feature switches of every Chromium the harness starts (extension loaded by flag or by policy). */
export const TEST_FEATURE_SWITCHES: readonly string[] = [DISABLE_QUIET_FEATURES, EARLY_STARTUP_COMPLETE];

/**
 * Fewer processes per test browser: the GPU process's work (software compositing, --disable-gpu) done in the
 * browser process, and web pages sharing two renderers instead of one per site. Extension pages keep their own
 * process, as in any Chromium, and no test loads a cross-site frame. Each launch started a GPU process (~1 core-second)
 * and each new tab a renderer: the Chromium project took 284–303 core-seconds (210–220 s alone) with Chromium's own
 * layout and 254 (197 s) with these (2 Dec 2026). The bench and npm start keep Chromium's own layout.
 */
export const LEAN_PROCESS_SWITCHES: readonly string[] = [
  '--in-process-gpu',
  '--renderer-process-limit=2',
  '--disable-site-isolation-trials',
];

/**
 * What playwright starts: Chromium keeps only the last --disable-features, and playwright passes its own list
 * before ours, so a script merges them (puppeteer merges them itself).
 */
export function playwrightChromium(): { executablePath: string; env: NodeJS.ProcessEnv } {
  return {
    executablePath: join(dirname(fileURLToPath(import.meta.url)), 'chromium-merged-features.sh'),
    env: { ...process.env, PATH: pathWithoutDesktopMenus(), PASSERELLE_CHROMIUM: chromiumExecutable() },
  };
}

const DESKTOP_MENU_TOOLS = ['xdg-desktop-menu', 'xdg-icon-resource'];

/**
 * Chromium on Linux updates the desktop's menus and icons each time an extension is uninstalled: ~6 runs of
 * xdg-icon-resource and xdg-desktop-menu, shell scripts starting ~25 processes (sed, grep, rm…), and the harness
 * uninstalls the extension before each fresh install (reinstallExtension). The test browser has no desktop: on its
 * PATH these names find `true` first.
 */
function pathWithoutDesktopMenus(): string {
  const folder = join(tmpdir(), 'passerelle-no-desktop-menus');
  mkdirSync(folder, { recursive: true });
  for (const tool of DESKTOP_MENU_TOOLS) {
    try {
      symlinkSync('/bin/true', join(folder, tool));
    } catch (error) {
      // Made by an earlier launch, maybe in another test process.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return [folder, process.env.PATH].filter(Boolean).join(delimiter);
}
