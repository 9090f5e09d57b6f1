/**
 * Launcher benchmarks: popup open-to-content with 200 tools against the blank Preact baseline (goal ≤ 1.3× at the
 * first opening after a change), and filtering 1,000 tools per keystroke (p50/p95). Run by
 * `npm run bench -- launcher`.
 */

import { OPENINGS_PER_PAGE } from './harness/open-to-content';
import { median, ratio, ratioInterval, round } from './harness/stats';
import type { BenchContext, BenchRow } from './harness/types';
import { percentile, timeFiltering } from './launcher-filter';
import { timePopupOpen } from './launcher-popup';

export const name = 'launcher';

export async function run(context: BenchContext): Promise<BenchRow[]> {
  const filter = timeFiltering(1000, 6);
  const keystrokes = filter.perKeystrokeMs;
  const rows: BenchRow[] = [
    {
      group: 'launcher',
      metric: 'filter 1,000 tools per keystroke, p50',
      value: round(percentile(keystrokes, 50), 3),
      unit: 'ms',
    },
    {
      group: 'launcher',
      metric: 'filter 1,000 tools per keystroke, p95',
      value: round(percentile(keystrokes, 95), 3),
      unit: 'ms',
      note: `${keystrokes.length} keystrokes (every prefix of 5 queries), prefix + fuzzy, Node`,
    },
    {
      group: 'launcher',
      metric: 'index 1,000 tools (once, on the first keystroke)',
      value: round(filter.indexBuildMs),
      unit: 'ms',
    },
  ];
  const runs = Math.max(context.runs, OPENINGS_PER_PAGE);
  const popup = await timePopupOpen(200, runs);
  context.log(`popup, 200 tools: ${popup.toolsMs.map((time) => round(time)).join(', ')} ms`);
  context.log(`popup after a change: ${popup.changedToolsMs.map((time) => round(time)).join(', ')} ms`);
  context.log(`blank extension page: ${popup.blankMs.map((time) => round(time)).join(', ')} ms`);
  context.log(`blank web page: ${popup.webBlankMs.map((time) => round(time)).join(', ')} ms`);
  const tools = median(popup.toolsMs);
  const blank = median(popup.blankMs);
  const webBlank = median(popup.webBlankMs);
  rows.push({
    group: 'launcher',
    metric: 'popup open-to-content, 200 tools (Chromium, median)',
    value: round(tools),
    unit: 'ms',
    baseline: round(blank),
    ratio: ratio(tools, blank),
    note: `${runs} runs each; baseline: blank Preact page as an extension page; nothing changed since the last opening`,
  });
  rows.push({
    group: 'launcher',
    metric: 'popup open-to-content, 200 tools vs a blank web page (Chromium, median)',
    value: round(tools),
    unit: 'ms',
    baseline: round(webBlank),
    ratio: ratio(tools, webBlank),
    note: 'the blank page served from 127.0.0.1 (the baseline before 2026-11-27): no extension-page start-up',
  });
  const changed = median(popup.changedToolsMs);
  rows.push({
    group: 'launcher',
    metric: 'popup open-to-content, 200 tools, first opening after a change (Chromium, median)',
    value: round(changed),
    unit: 'ms',
    baseline: round(blank),
    ratio: ratio(changed, blank),
    goal: { max: 1.3, of: 'ratio', interval: ratioInterval(popup.changedToolsMs, popup.blankMs) },
    note: 'a sync renamed a favourite since the last opening: the tools paint from the copy the popup kept',
  });
  const shown = median(popup.changeShownMs);
  rows.push({
    group: 'launcher',
    metric: 'popup open-to-change-shown, 200 tools, first opening after a change (Chromium, median)',
    value: round(shown),
    unit: 'ms',
    baseline: round(blank),
    ratio: ratio(shown, blank),
    note: 'the same opening, until the renamed favourite shows (chrome.storage, 46 KB snapshot)',
  });
  const cold = median(popup.coldToolsMs);
  rows.push({
    group: 'launcher',
    metric: 'popup open-to-content, 200 tools, nothing kept: first opening after install (Chromium, median)',
    value: round(cold),
    unit: 'ms',
    baseline: round(blank),
    ratio: ratio(cold, blank),
    note: 'no copy kept (install, or a page that failed): the popup waits for chrome.storage (46 KB snapshot)',
  });
  const few = median(popup.fewToolsMs);
  rows.push({
    group: 'launcher',
    metric: 'popup open-to-content, 200 vs 12 tools (Chromium, median)',
    value: round(tools),
    unit: 'ms',
    baseline: round(few),
    ratio: ratio(tools, few),
    note: 'the cost of a large catalogue over the same popup with the demo tools',
  });
  return rows;
}
