/**
 * The popup's open-to-content time in real Chromium, against a blank Preact page measured in the same run.
 * The popup is configured against the demo ESN first and paints the tools from its cached snapshot.
 * Alternating runs, after warm-ups, so the machine's noise hits both alike.
 */
import { demoConfigUrl, withDemoEsn } from '../e2e/harness/demo';
import { waitForSnapshot } from '../e2e/harness/snapshot';
import { POPUP_SELECTORS } from '../e2e/pages/popup';
import { launchBenchChromium } from './harness/bench-extension';
import { BLANK_CONTENT_SELECTOR } from './harness/blank-page';
import { OPENINGS_PER_PAGE, openToContent } from './harness/open-to-content';
import { median, ratio, ratioInterval, round } from './harness/stats';
import type { BenchContext, BenchRow } from './harness/types';

export const name = 'popup open-to-content';

const WARM_UPS = 2;

export async function run(context: BenchContext): Promise<BenchRow[]> {
  const runs = Math.max(context.runs, OPENINGS_PER_PAGE);
  return withDemoEsn(async (esn) => {
    const bench = await launchBenchChromium();
    const { session } = bench;
    try {
      await session.setUserSettings({ configUrl: demoConfigUrl(esn) });
      await waitForSnapshot(session, (snapshot) => snapshot.launcher.tools.length > 0, 'the tools in the snapshot');
      const popupUrl = `${session.extensionOrigin}popup.html`;
      const open = (url: string, selector: string) => openToContent(session.browserContext, url, selector);
      const popupTimes: number[] = [];
      const blankTimes: number[] = [];
      const webBlankTimes: number[] = [];
      for (let index = 0; index < WARM_UPS + runs; index += 1) {
        const popupTime = await open(popupUrl, POPUP_SELECTORS.toolItems);
        const blankTime = await open(bench.extensionBlankUrl, BLANK_CONTENT_SELECTOR);
        const webBlankTime = await open(bench.webBlankUrl, BLANK_CONTENT_SELECTOR);
        if (index < WARM_UPS) continue;
        popupTimes.push(popupTime);
        blankTimes.push(blankTime);
        webBlankTimes.push(webBlankTime);
      }
      context.log(`popup: ${popupTimes.map((time) => round(time)).join(', ')} ms`);
      context.log(`blank extension page: ${blankTimes.map((time) => round(time)).join(', ')} ms`);
      context.log(`blank web page: ${webBlankTimes.map((time) => round(time)).join(', ')} ms`);
      const popup = median(popupTimes);
      const baseline = median(blankTimes);
      const webBaseline = median(webBlankTimes);
      return [
        {
          group: 'popup',
          metric: 'open-to-content, demo tools from cache (Chromium, median)',
          value: round(popup),
          unit: 'ms',
          baseline: round(baseline),
          ratio: ratio(popup, baseline),
          goal: { max: 1.15, of: 'ratio', interval: ratioInterval(popupTimes, blankTimes) },
          note: `${runs} runs each; baseline: blank Preact page as an extension page; headless`,
        },
        {
          group: 'popup',
          metric: 'open-to-content, demo tools vs a blank web page (Chromium, median)',
          value: round(popup),
          unit: 'ms',
          baseline: round(webBaseline),
          ratio: ratio(popup, webBaseline),
          note: 'the blank page served from 127.0.0.1 (the baseline before 2026-11-27)',
        },
      ];
    } finally {
      await bench.close();
    }
  });
}
