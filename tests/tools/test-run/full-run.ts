/**
 * `npm test` (run-tests.ts --full): the checks and builds the README's test command runs, and the tests, in two
 * lanes side by side, one per core (the machine is CPU-bound: only less work, or work moved to the idle lane, helps):
 * - the bundles (two builds in one wxt process and four UI-language copies of them: tests/tools/build-extensions.ts),
 *   then the Chromium end-to-end project, the longest track, then web-ext lint;
 * - tsc, biome, the policy templates and the previous release built from git, then (once the bundles are built)
 *   the unit project and the Firefox end-to-end project.
 * Fresh clones, 1 Dec 2026: 326–388 s as the machine's load goes, both lanes ending within seconds of each other;
 * tsc (TypeScript 5.9) took 19–25 s of it, TypeScript 7's native tsc 4–8 s. Then 328 s, the Chromium track 288 s
 * instead of 337 with the harness's cheaper tabs: the Firefox lane now ends ~10 s after the other.
 * 2 Dec 2026, Chromium no longer waiting ~5 s per launch for its managed area (e2e/harness/chromium-features.ts): the
 * Chromium project 247–259 s instead of 277–311, `npm test` 336–349 s instead of 345–359; the Firefox lane ends
 * ~60 s after the other. Moving work into that gap gave nothing: half of the unit files in each lane, 338 s (the
 * Firefox project 272 s instead of 242: the half it met there was as costly); the unit project after the Firefox one,
 * 345 s (both browsers' projects side by side from the start, 269 and 281 s).
 * Every step runs even after another failed, and each failure counts as one failed test in the closing line;
 * the tests do not run when a bundle failed to build.
 */
import { TESTED_UI_LANGUAGES } from '../../e2e/harness/paths';
import { CHROMIUM, FIREFOX, NOT_RUN, runProject, UNIT } from './project-run';
import { runStep, runSteps, type Step, type StepResult } from './steps';
import type { RunSummary } from './summary';

const LABEL = 'prelude ';
const LANGUAGE_TARGETS = TESTED_UI_LANGUAGES.flatMap((language) =>
  ['chrome', 'firefox'].map((browser) => `${browser}:lang-${language}`),
);

const BUNDLES: Step = {
  name: `build the ${2 + LANGUAGE_TARGETS.length} bundles`,
  command: `npx tsx tests/tools/build-extensions.ts chrome firefox ${LANGUAGE_TARGETS.join(' ')}`,
  quiet: true,
};

const CHECKS: readonly Step[] = [
  { name: 'tsc', command: 'npx tsc --noEmit' },
  { name: 'biome', command: 'npx biome check .' },
  { name: 'policy templates', command: 'npm run --silent policy-templates' },
];

const WEB_EXT_LINT: Step = { name: 'web-ext lint', command: 'npm run --silent lint:firefox' };

/** Only reported when it fails: the upgrade tests then say what is missing (run-tests.ts did the same). */
const PREVIOUS_RELEASE: Step = {
  name: 'build the previous release from git',
  command: 'npx tsx tests/tools/test-run/build-previous-release.ts',
  quiet: true,
};

export interface FullRunResult {
  runs: RunSummary[];
  /** The steps that count (the previous release is printed, not counted). */
  steps: StepResult[];
}

export async function fullRun(folder: string): Promise<FullRunResult> {
  const bundles = runStep(BUNDLES, LABEL);
  const chromiumLane = bundles.then(async (built) => {
    const chromiumRun = built.ok ? await runProject(CHROMIUM, folder) : null;
    return { chromiumRun, lint: await runStep(WEB_EXT_LINT, LABEL) };
  });
  const otherLane = async () => {
    const checks = await runSteps([...CHECKS, PREVIOUS_RELEASE], LABEL);
    const built = await bundles;
    const runs = built.ok ? [await runProject(UNIT, folder), await runProject(FIREFOX, folder)] : [{ ...NOT_RUN }];
    const counted = checks.filter((step) => step.name !== PREVIOUS_RELEASE.name);
    return { steps: [...counted, built], runs };
  };
  const [others, { chromiumRun, lint }] = await Promise.all([otherLane(), chromiumLane]);
  return { runs: chromiumRun ? [...others.runs, chromiumRun] : others.runs, steps: [...others.steps, lint] };
}
