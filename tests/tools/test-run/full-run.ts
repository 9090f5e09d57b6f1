/**
 * `npm test` (run-tests.ts --full): the checks and builds the README's test command runs, and the tests, in two
 * lanes side by side, one per core:
 * - the bundles (two builds in one wxt process and four UI-language copies of them: tests/tools/build-extensions.ts;
 *   25–31 s until 1 Dec 2026, when the four were built too), then the Chromium end-to-end project, then web-ext lint;
 * - tsc, biome, the policy templates and the previous release built from git, then (once the bundles are built)
 *   the unit project and the Firefox end-to-end project.
 * With the copies the Chromium track started at 18 s and its lane ended 20 s before the other (332 s against 352 s,
 * a fresh clone, 1 Dec 2026): web-ext lint (9–12 s) moved back to the Chromium lane, after its project. The next
 * fresh clones: 326 s, both lanes ending within a second, and 364 s in a slower hour (tsc 24.6 s against 19.8).
 * The Chromium project is the longer of the two test tracks (on fresh clones, 1 Dec 2026: 313–321 s, against unit
 * 52–59 s then Firefox 244–254 s), so it starts as soon as its bundles exist; web-ext lint moved to the other lane.
 * Until then both lanes finished their checks and builds before either track started (34–41 s): `npm test` took
 * 350–365 s on three fresh clones, and 347–377 s on the three since (the Chromium track from 25–31 s on).
 * Measured before (2 cores, fresh `.output`): the checks and builds took 62–85 s one after the other, 41–49 s in two
 * lanes. The previous release builds in one process (3.9 s instead of 9.2 alone). Starting each browser's track as
 * soon as its plain build existed, with the rest beside the tracks at a lower priority, was measured slower when the
 * suite took 8 min (8 min 44 s against 8 min 19 s).
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
