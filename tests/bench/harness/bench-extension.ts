/**
 * The popup benches' Chromium: a copy of the built extension with the blank Preact page added as one of its own
 * pages (`bench-blank.html`), so the baseline pays what every extension page pays (the extension process, the
 * extension APIs' bindings) and the ratio measures the popup itself. The product is not changed: the copy lives
 * in a temporary folder and keeps the extension id (pinned by manifest.key). The blank page served from
 * 127.0.0.1 is measured too, for comparison with earlier runs.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ChromiumLaunchOptions, type ChromiumSession, launchChromium } from '../../e2e/harness/chromium';
import { CHROME_BUILD_DIR, requireBuild } from '../../e2e/harness/paths';
import { BLANK_HTML, bundleBlankPage, startBlankPage } from './blank-page';

export interface BenchChromium {
  session: ChromiumSession;
  /** The blank page as an extension page: the baseline of the popup ratios. */
  extensionBlankUrl: string;
  /** The same page from 127.0.0.1. */
  webBlankUrl: string;
  close(): Promise<void>;
}

export async function launchBenchChromium(options: ChromiumLaunchOptions = {}): Promise<BenchChromium> {
  const extensionDir = mkdtempSync(join(tmpdir(), 'passerelle-bench-ext-'));
  cpSync(requireBuild(CHROME_BUILD_DIR, 'npm run build'), extensionDir, { recursive: true });
  writeFileSync(join(extensionDir, 'blank.js'), await bundleBlankPage());
  writeFileSync(join(extensionDir, 'bench-blank.html'), BLANK_HTML);
  const web = await startBlankPage();
  try {
    // Chromium's own process layout: the figures are a user's, not the tests' leaner browser's.
    const session = await launchChromium({ leanProcesses: false, ...options, extensionDir });
    return {
      session,
      extensionBlankUrl: `${session.extensionOrigin}bench-blank.html`,
      webBlankUrl: web.url,
      close: async () => {
        await session.close();
        await web.close();
        rmSync(extensionDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await web.close();
    rmSync(extensionDir, { recursive: true, force: true });
    throw error;
  }
}
