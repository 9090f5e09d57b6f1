/** The real browsers from the system packages: never downloaded, never silently skipped when missing. */
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
