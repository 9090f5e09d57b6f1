/** The real browsers from the system packages: never downloaded, never silently skipped when missing. */
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const INSTALL_HINT = 'Install it as root with: apt-get update && apt-get install -y chromium firefox-esr';

function requireExecutable(path: string, what: string): string {
  try {
    accessSync(path, constants.X_OK);
  } catch {
    throw new Error(`${what} not found at ${path}. ${INSTALL_HINT}`);
  }
  return path;
}

export function chromiumExecutable(): string {
  return requireExecutable(process.env.CHROME_PATH || '/usr/bin/chromium', 'Chromium');
}

export function firefoxExecutable(): string {
  return requireExecutable(process.env.FIREFOX_PATH || '/usr/bin/firefox-esr', 'Firefox ESR');
}

/**
 * Firefox refuses an add-on whose `strict_min_version` is newer than itself, and every Firefox test would fail at
 * install: said once, before any test. `firefox --version` prints e.g. "Mozilla Firefox 153.8.0esr".
 */
export function requireFirefoxVersion(minimum: string, executable = firefoxExecutable()): void {
  const printed = execFileSync(executable, ['--version'], { encoding: 'utf8' }).trim();
  const major = Number(/ (\d+)\./.exec(printed)?.[1]);
  if (major >= Number.parseInt(minimum, 10)) return;
  throw new Error(
    `${printed || 'An unknown Firefox'} at ${executable} is older than ${minimum}, the add-on's strict_min_version. ` +
      INSTALL_HINT,
  );
}
