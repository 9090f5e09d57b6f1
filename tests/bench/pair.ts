/**
 * `npm run bench:pair -- <git ref> [rounds]`: the popup of the current build (`npm run build`) against the popup of
 * another commit, both installed side by side in one Chromium and opened in alternation, so the machine's noise
 * hits both alike. On these 2-core machines two benches of the same build differ by up to 0.2× on the popup rows
 * (tests/bench/README.md): this is the comparison that can tell a change from noise.
 * Each round, for each build: open-to-content, the first section result with the background warm (a question
 * answered just before, as in the bench), and the same with the background just stopped; 10,000 sections from the
 * demo ESN. The other commit is built from git into .output/pair-<commit>/ (tests/e2e/harness/git-build.ts) and
 * reused.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../e2e/harness/chromium';
import { demoConfigUrl, withDemoEsn } from '../e2e/harness/demo';
import { buildCommitInto } from '../e2e/harness/git-build';
import { CHROME_BUILD_DIR, REPO_ROOT, requireBuild } from '../e2e/harness/paths';
import { protocolMessage } from '../e2e/harness/send-message';
import { CONTROL_PAGE } from '../e2e/harness/session-base';
import { waitUntil } from '../e2e/harness/wait';
import { POPUP_SELECTORS } from '../e2e/pages/popup';
import { generateSections } from '../unit/sections/fixtures/generate-sections';
import { openToContent } from './harness/open-to-content';
import { median, ratio, round } from './harness/stats';
import { openAndSearch, stopBackground } from './sections-popup';

const SECTIONS = 10_000;
const WARM_UPS = 2;

/** The Chromium build of `ref`, built once per commit. */
function buildOf(ref: string): { commit: string; dir: string } {
  const commit = execFileSync('git', ['-C', REPO_ROOT, 'rev-parse', '--verify', `${ref}^{commit}`], {
    encoding: 'utf8',
  }).trim();
  const source = join(REPO_ROOT, '.output', `pair-${commit.slice(0, 12)}`);
  const dir = join(source, '.output/chrome-mv3');
  if (!existsSync(join(dir, 'manifest.json'))) {
    rmSync(source, { recursive: true, force: true });
    buildCommitInto(commit, source, 'npx wxt prepare && npx wxt build');
  }
  return { commit, dir };
}

/** A copy of `dir` without manifest.key: a second extension id, so both builds can be installed at once. */
function withoutKey(dir: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'passerelle-pair-'));
  cpSync(dir, copy, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(copy, 'manifest.json'), 'utf8'));
  delete manifest.key;
  writeFileSync(join(copy, 'manifest.json'), JSON.stringify(manifest));
  return copy;
}

interface Times {
  content: number[];
  warm: number[];
  cold: number[];
}

const chrome = 'globalThis.chrome';

/** Configures the build at `origin`; returns its control page, kept open to message its background. */
async function configure(context: BrowserContext, origin: string, configUrl: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${origin}${CONTROL_PAGE}`);
  await page.evaluate(`${chrome}.storage.local.set({ userSettings: { configUrl: ${JSON.stringify(configUrl)} } })`);
  await waitUntil(
    async () =>
      ((await page.evaluate(
        `${chrome}.storage.local.get('popupSnapshot').then((v) => v.popupSnapshot?.sections?.entryCount ?? 0)`,
      )) as number) >= SECTIONS,
    { timeoutMs: 240_000, intervalMs: 500, what: `the sections index built at ${origin}` },
  );
  return page;
}

/**
 * Warms a build's background as the bench does (sections-popup.ts): a question answered, so its index is loaded and
 * the start it made after the last cold opening is over.
 */
async function warm(control: Page): Promise<void> {
  const question = protocolMessage('findSections', { query: 'cantine', limit: 1 });
  await control.evaluate(`${chrome}.runtime.sendMessage(${JSON.stringify(question)})`);
}

async function main(): Promise<void> {
  const [ref, roundsText] = process.argv.slice(2);
  if (!ref) throw new Error('Usage: npm run bench:pair -- <git ref> [rounds]  (compares it with the current build)');
  const rounds = Number(roundsText ?? 10);
  const current = requireBuild(CHROME_BUILD_DIR, 'npm run build');
  const other = buildOf(ref);
  const otherCopy = withoutKey(other.dir);
  try {
    await withDemoEsn(async (esn) => {
      esn.setSectionsIndex({ entries: generateSections(SECTIONS) });
      const session = await launchChromium({ leanProcesses: false, extensionDir: `${current},${otherCopy}` });
      try {
        const context = session.browserContext;
        const currentOrigin = session.extensionOrigin;
        const otherWorker = () => context.serviceWorkers().find((worker) => !worker.url().startsWith(currentOrigin));
        await waitUntil(() => otherWorker() !== undefined, {
          timeoutMs: 30_000,
          intervalMs: 200,
          what: `the service worker of ${ref}`,
        });
        // URL#origin is "null" for chrome-extension: URLs in Node: scheme and host are the first three parts.
        const otherOrigin = `${(otherWorker()?.url() ?? '').split('/').slice(0, 3).join('/')}/`;
        const origins = { current: currentOrigin, [ref]: otherOrigin };
        const controls: Record<string, Page> = {};
        for (const [name, origin] of Object.entries(origins)) {
          controls[name] = await configure(context, origin, demoConfigUrl(esn));
        }
        const helper = await context.newPage();
        const devtools = await context.newCDPSession(helper);
        await devtools.send('ServiceWorker.enable');
        const times: Record<string, Times> = {};
        for (const name of Object.keys(origins)) times[name] = { content: [], warm: [], cold: [] };
        for (let index = 0; index < WARM_UPS + rounds; index += 1) {
          // Alternate who goes first: the first opening of a round is the slower one.
          const names = index % 2 === 0 ? Object.keys(origins) : Object.keys(origins).reverse();
          for (const name of names) {
            const popup = `${origins[name]}popup.html`;
            const content = await openToContent(context, popup, POPUP_SELECTORS.toolItems);
            const control = controls[name];
            if (control) await warm(control);
            const warmResult = await openAndSearch(context, popup);
            await stopBackground(devtools);
            const cold = await openAndSearch(context, popup);
            if (index < WARM_UPS) continue;
            times[name]?.content.push(content);
            times[name]?.warm.push(warmResult);
            times[name]?.cold.push(cold);
          }
        }
        report(times, ref, other.commit, rounds);
      } finally {
        await session.close();
      }
    });
  } finally {
    rmSync(otherCopy, { recursive: true, force: true });
  }
}

function report(times: Record<string, Times>, ref: string, commit: string, rounds: number): void {
  const rows = (['content', 'warm', 'cold'] as const).map((metric) => {
    const current = median(times.current?.[metric] ?? []);
    const other = median(times[ref]?.[metric] ?? []);
    return { metric, current: round(current), [ref]: round(other), 'current / other': ratio(current, other) };
  });
  console.log(`Current build against ${ref} (${commit.slice(0, 12)}), ${rounds} rounds, medians in ms:`);
  console.table(rows);
  console.log('content: open-to-content; warm / cold: first section result, background warm / just stopped.');
}

await main();
