/**
 * The previous release's own code, built from git, so that an upgrade test starts from data that release really
 * wrote in its own stored formats (not from fixtures written by today's code). Built once into .output/ and reused.
 */
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
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
  if (Object.values(builds).every((dir) => existsSync(join(dir, 'manifest.json')))) return builds;
  try {
    execFileSync('git', ['-C', REPO_ROOT, 'cat-file', '-e', `${PREVIOUS_RELEASE.commit}^{commit}`], { stdio: 'pipe' });
  } catch {
    throw new Error(
      `Release ${PREVIOUS_RELEASE.version} (commit ${PREVIOUS_RELEASE.commit}) is not in this clone's history: ` +
        'fetch it (git fetch --unshallow) to run the upgrade from its stored formats.',
    );
  }
  rmSync(sourceDir, { recursive: true, force: true });
  mkdirSync(sourceDir, { recursive: true });
  execSync(`git -C "${REPO_ROOT}" archive ${PREVIOUS_RELEASE.commit} | tar -x -C "${sourceDir}"`, { stdio: 'pipe' });
  // Its dependencies are a subset of today's (compared when the commit was pinned): today's node_modules serve.
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(sourceDir, 'node_modules'), 'dir');
  execSync('npx wxt prepare && npx wxt build && npx wxt build -b firefox --mv3', { cwd: sourceDir, stdio: 'pipe' });
  return builds;
}
