/**
 * `npm test` (run-tests.ts --full): everything the README's test command checks, in the order that ends soonest on
 * 2 cores. Each browser's plain build comes first, and its end-to-end track starts the moment it exists; beside
 * the two tracks, at a lower CPU priority, the rest runs one step at a time: the previous release and the
 * UI-language builds (a test needing one waits for it: tests/e2e/harness/pending-builds.ts, and the e2e sequencer
 * runs those tests last), the policy templates, tsc, biome, web-ext lint, then the unit project.
 * Every step runs even after another failed; each failure counts as one failed test in the closing line.
 */
import { join } from 'node:path';
import { buildDirFor, type UiLanguage } from '../../e2e/harness/paths';
import { clearPending, markPending, PENDING_BUILDS_VARIABLE } from '../../e2e/harness/pending-builds';
import { PREVIOUS_RELEASE_DIR } from '../../e2e/harness/previous-release';
import { CHROMIUM, FIREFOX, NOT_RUN, type ProjectRun, runProject, UNIT } from './project-run';
import { runStep, runSteps, type Step, type StepResult } from './steps';
import type { RunSummary } from './summary';

const LABEL = 'checks  ';
const BUILDER = 'npx tsx tests/tools/build-extensions.ts';
const BROWSERS = ['chrome', 'firefox'] as const;
const LANGUAGES: readonly UiLanguage[] = ['fr', 'pseudo', 'en'];

const plainBuild = (browser: (typeof BROWSERS)[number]): Step => ({
  name: `build ${browser}`,
  command: `${BUILDER} ${browser}`,
  quiet: true,
});

const LANGUAGE_TARGETS = LANGUAGES.flatMap((language) => BROWSERS.map((browser) => ({ browser, language })));
const LANGUAGE_BUILDS: Step = {
  name: 'build the UI-language bundles',
  command: `${BUILDER} ${LANGUAGE_TARGETS.map(({ browser, language }) => `${browser}:lang-${language}`).join(' ')}`,
  quiet: true,
};
const LANGUAGE_DIRS = LANGUAGE_TARGETS.map(({ browser, language }) => buildDirFor(browser, language));

const PREVIOUS_RELEASE: Step = {
  name: 'build the previous release from git',
  command: 'npx tsx tests/tools/test-run/build-previous-release.ts',
  quiet: true,
};

const CHECKS: readonly Step[] = [
  { name: 'policy templates', command: 'npm run --silent policy-templates' },
  { name: 'tsc', command: 'npx tsc --noEmit' },
  { name: 'biome', command: 'npx biome check .' },
  { name: 'web-ext lint', command: 'npm run --silent lint:firefox' },
];

export interface FullRunResult {
  runs: RunSummary[];
  /** Steps that count: a failed previous release is only reported (the upgrade tests say what is missing). */
  steps: StepResult[];
}

export async function fullRun(folder: string): Promise<FullRunResult> {
  const pendingFolder = join(folder, 'pending');
  markPending(pendingFolder, [PREVIOUS_RELEASE_DIR, ...LANGUAGE_DIRS]);
  const env = { ...process.env, [PENDING_BUILDS_VARIABLE]: pendingFolder };
  const chromeBuild = runStep(plainBuild('chrome'), { label: CHROMIUM.label });
  const firefoxBuild = runStep(plainBuild('firefox'), { label: FIREFOX.label });
  const track = async (build: Promise<StepResult>, run: ProjectRun) =>
    (await build).ok ? runProject(run, folder, { env }) : { ...NOT_RUN };

  const beside = async () => {
    const [chrome] = await Promise.all([chromeBuild, firefoxBuild]);
    const options = { label: LABEL, env, background: true };
    await runStep(PREVIOUS_RELEASE, options);
    clearPending(PREVIOUS_RELEASE_DIR, pendingFolder);
    const languages = await runStep(LANGUAGE_BUILDS, options);
    for (const dir of LANGUAGE_DIRS) clearPending(dir, pendingFolder);
    const checks = await runSteps(CHECKS, options);
    const unit = chrome.ok ? await runProject(UNIT, folder, { background: true }) : { ...NOT_RUN };
    return { steps: [languages, ...checks], unit };
  };

  const [chromium, firefox, rest, ...builds] = await Promise.all([
    track(chromeBuild, CHROMIUM),
    track(firefoxBuild, FIREFOX),
    beside(),
    chromeBuild,
    firefoxBuild,
  ]);
  return { runs: [rest.unit, firefox, chromium], steps: [...builds, ...rest.steps] };
}
