/**
 * `npm test` (run-tests.ts --full): the checks and builds the README's test command runs, then the tests.
 * The checks and builds go in two lanes side by side, one per core — tsc, biome, the policy templates and the
 * previous release built from git; the six bundles (one wxt process: tests/tools/build-extensions.ts) and web-ext
 * lint — then the two test tracks (project-run.ts). Measured on 2 cores, alternating under the e2e lock, fresh
 * `.output`: 62–85 s one after the other (tsc, biome, `npm run build`, web-ext lint, the previous release), 41–49 s
 * in two lanes. On a fresh clone (1 Dec 2026) the first lane took 41.8 s (the previous release 13.9 s of it, three
 * wxt processes then) and the second 40.3 s; the previous release now builds in one process (3.9 s instead of 9.2
 * alone), and the templates, which need no bundle, moved to the first lane.
 * Starting each browser's track as soon as its plain build existed, with the rest beside the tracks at a lower
 * priority, was measured slower (8 min 44 s against 8 min 19 s): the two tracks alone keep both cores busy, so the
 * browsers lost more than the checks gained.
 * Every step runs even after another failed, and each failure counts as one failed test in the closing line;
 * the tests do not run when a bundle failed to build.
 */
import { TESTED_UI_LANGUAGES } from '../../e2e/harness/paths';
import { NOT_RUN, runTracks } from './project-run';
import { runSteps, type Step, type StepResult } from './steps';
import type { RunSummary } from './summary';

const LABEL = 'prelude ';
const LANGUAGE_TARGETS = TESTED_UI_LANGUAGES.flatMap((language) =>
  ['chrome', 'firefox'].map((browser) => `${browser}:lang-${language}`),
);

const CHECK_LANE: readonly Step[] = [
  { name: 'tsc', command: 'npx tsc --noEmit' },
  { name: 'biome', command: 'npx biome check .' },
  { name: 'policy templates', command: 'npm run --silent policy-templates' },
];

const BUILD_LANE: readonly Step[] = [
  {
    name: `build the ${2 + LANGUAGE_TARGETS.length} bundles`,
    command: `npx tsx tests/tools/build-extensions.ts chrome firefox ${LANGUAGE_TARGETS.join(' ')}`,
    quiet: true,
  },
  { name: 'web-ext lint', command: 'npm run --silent lint:firefox' },
];

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
  const [checks, builds] = await Promise.all([
    runSteps([...CHECK_LANE, PREVIOUS_RELEASE], LABEL),
    runSteps(BUILD_LANE, LABEL),
  ]);
  const steps = [...checks.filter((step) => step.name !== PREVIOUS_RELEASE.name), ...builds];
  if (!builds[0]?.ok) return { runs: [{ ...NOT_RUN }], steps };
  return { runs: await runTracks(folder), steps };
}
