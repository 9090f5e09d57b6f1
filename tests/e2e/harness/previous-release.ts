/**
 * The previous release's own code, built from git, so that an upgrade test starts from data that release really
 * wrote in its own stored formats (not from fixtures written by today's code). Built once into .output/ and reused.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildCommitInto } from './git-build';
import type { ExtensionBuilds } from './org-publish';
import { REPO_ROOT } from './paths';

/** 0.1.0: the last commit before the version went to 0.2.0 (news database schema 2; 0.2.0 has schema 3). */
export const PREVIOUS_RELEASE = { version: '0.1.0', commit: 'b897c6569a5126450b43c2cee2421e5257061db0' };

/** The previous release's Chromium and Firefox builds (the `.output/` of its source tree). */
export function previousReleaseBuilds(): ExtensionBuilds {
  const sourceDir = join(REPO_ROOT, '.output', `release-${PREVIOUS_RELEASE.version}`);
  const builds = {
    chromeDir: join(sourceDir, '.output/chrome-mv3'),
    firefoxDir: join(sourceDir, '.output/firefox-mv3'),
  };
  if (isBuilt(builds)) return builds;
  try {
    execFileSync('git', ['-C', REPO_ROOT, 'cat-file', '-e', `${PREVIOUS_RELEASE.commit}^{commit}`], { stdio: 'pipe' });
  } catch {
    throw new Error(
      `Release ${PREVIOUS_RELEASE.version} (commit ${PREVIOUS_RELEASE.commit}) is not in this clone's history: ` +
        'fetch it (git fetch --unshallow) to run the upgrade from its stored formats.',
    );
  }
  // Built aside, then renamed into place: the Chromium and Firefox test runs may build it at the same time.
  const buildDir = `${sourceDir}.building-${process.pid}`;
  rmSync(buildDir, { recursive: true, force: true });
  try {
    // Its dependencies are a subset of today's (compared when the commit was pinned): today's node_modules serve.
    // Both builds in one process (build-extensions.ts), file for file those of `wxt prepare && wxt build && wxt
    // build -b firefox --mv3` (md5sum), in 3.9 s instead of 9.2 (2 cores, 1 Dec 2026).
    buildCommitInto(
      PREVIOUS_RELEASE.commit,
      buildDir,
      `npx tsx "${join(REPO_ROOT, 'tests/tools/build-extensions.ts')}" chrome firefox`,
    );
    if (!isBuilt(builds)) {
      rmSync(sourceDir, { recursive: true, force: true });
      renameSync(buildDir, sourceDir);
    }
  } catch (error) {
    // Another run finished first: its build is as good as ours.
    if (!isBuilt(builds)) throw error;
  } finally {
    rmSync(buildDir, { recursive: true, force: true });
  }
  return builds;
}

function isBuilt(builds: ExtensionBuilds): boolean {
  return Object.values(builds).every((dir) => existsSync(join(dir, 'manifest.json')));
}
