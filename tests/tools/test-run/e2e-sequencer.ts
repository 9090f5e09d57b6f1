import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Vitest's order (longest or largest first), except that the end-to-end files needing a build `npm test` makes
 * beside the tracks (full-run.ts: the previous release, the UI-language bundles) go last, by which time it is made;
 * should it not be, the harness waits for it (tests/e2e/harness/pending-builds.ts).
 */
const NEEDS_A_LATER_BUILD = /\/(deploy|experience)\.(chromium|firefox)\.test\.ts$/;

export default class LaterBuildsLastSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const later = (file: TestSpecification) => NEEDS_A_LATER_BUILD.test(file.moduleId);
    return [...sorted.filter((file) => !later(file)), ...sorted.filter(later)];
  }
}
