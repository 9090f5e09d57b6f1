/**
 * `npm start`: builds the extension, starts the demo ESN, opens Chromium with the extension on a fresh profile,
 * points it at the demo, and opens the demo's home page and the popup page.
 *
 *   npm start                               headful when a display exists, headless otherwise; Ctrl+C stops
 *   npm start -- --screenshot popup.png     waits for the popup's tools, saves a PNG of it, exits
 *   npm start -- --lang fr                  the UI in French (or en, or pseudo: accented, 40 % longer) whatever
 *                                           the browser's language: a build made for it (build-extensions.ts)
 *   npm start -- --dark                     pages in dark mode
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { launchChromium } from '../e2e/harness/chromium';
import { demoConfigUrl, startDemoEsn } from '../e2e/harness/demo';
import { REPO_ROOT, type UiLanguage } from '../e2e/harness/paths';
import { PopupPage } from '../e2e/pages/popup';

const POPUP_VIEWPORT = { width: 400, height: 600 };

function screenshotTarget(args: string[]): string | null {
  const index = args.indexOf('--screenshot');
  if (index === -1) return null;
  const file = args[index + 1];
  if (!file || file.startsWith('--')) throw new Error('--screenshot needs a file name, e.g. --screenshot popup.png');
  return resolve(process.env.INIT_CWD ?? process.cwd(), file);
}

function uiLanguageArgument(args: string[]): UiLanguage | undefined {
  const index = args.indexOf('--lang');
  if (index === -1) return undefined;
  const language = args[index + 1];
  if (language !== 'fr' && language !== 'en' && language !== 'pseudo') {
    throw new Error('--lang takes fr, en or pseudo, e.g. npm start -- --lang fr');
  }
  return language;
}

function build(uiLanguage: UiLanguage | undefined): void {
  const args = ['tsx', 'tests/tools/build-extensions.ts', `chrome${uiLanguage ? `:lang-${uiLanguage}` : ''}`];
  console.log(`Building the extension for Chromium (${args.join(' ')})…`);
  const result = spawnSync('npx', args, { cwd: REPO_ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`the build failed (exit code ${result.status ?? result.signal}).`);
}

async function main(): Promise<void> {
  const screenshot = screenshotTarget(process.argv.slice(2));
  const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const headful = hasDisplay && screenshot === null;

  const uiLanguage = uiLanguageArgument(process.argv.slice(2));
  build(uiLanguage);
  const esn = await startDemoEsn();
  const session = await launchChromium({
    headful,
    viewport: headful ? null : POPUP_VIEWPORT,
    handleSignals: false,
    leanProcesses: false,
    ...(uiLanguage ? { uiLanguage } : {}),
    ...(process.argv.includes('--dark') ? { colorScheme: 'dark' as const } : {}),
  });
  const stop = async () => {
    await session.close().catch(() => {});
    await esn.close().catch(() => {});
  };
  try {
    await session.setUserSettings({ configUrl: demoConfigUrl(esn) });
    await session.closeControlPage();
    const home = await session.openPage(esn.url('/'));
    const popup = await PopupPage.open(session);
    for (const page of session.browserContext.pages()) {
      if (page.url() === 'about:blank') await page.close();
    }

    if (screenshot !== null) {
      await popup.page.setViewport(POPUP_VIEWPORT);
      await popup.waitForTools();
      mkdirSync(dirname(screenshot), { recursive: true });
      await popup.page.screenshot(screenshot);
      console.log(`Saved a ${POPUP_VIEWPORT.width}×${POPUP_VIEWPORT.height} screenshot of the popup to ${screenshot}`);
      await stop();
      return;
    }

    console.log(`
Passerelle is running.
  Chromium ${headful ? '(window)' : '(headless: no DISPLAY or WAYLAND_DISPLAY here, so no window is shown)'}
    extension ${session.extensionOrigin} loaded from .output/chrome-mv3${uiLanguage ? `-lang-${uiLanguage}` : ''}, on a fresh temporary profile
    ${session.profileDir}
  Demo ESN "La Ruche" on ${esn.origin}
    home page        ${await home.url()}
    configuration    ${demoConfigUrl(esn)} (set as the user's configuration address)
    news feeds       ${esn.url('/feeds/actualites.rss')}  ${esn.url('/feeds/evenements.atom')}
    sections index   ${esn.url('/passerelle/sections.json')}
  Opened tabs: the demo's home page and the popup (${session.extensionOrigin}popup.html).
  ${headful ? 'Click the Passerelle icon in the toolbar (or press Alt+Shift+P) to open the real popup.' : 'To see it without a display: npm start -- --screenshot popup.png'}

Ctrl+C to stop (the browser, the demo ESN and the temporary profile go with it).`);

    await new Promise<void>((done) => {
      process.once('SIGINT', () => done());
      process.once('SIGTERM', () => done());
      session.browserContext.once('close', () => done());
    });
    console.log('\nStopping…');
    await stop();
  } catch (error) {
    await stop();
    throw error;
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
