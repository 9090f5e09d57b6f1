/**
 * Turns a Windows desktop shortcut (.lnk) into a tool candidate when it opens a web address in a browser: an
 * address after the browser's path, or `--app=https://…`. Everything else is reported with the reason: a web app
 * known only by its id, a browser with no address, a network file, a local program, a file that is not a link.
 */
import { baseName } from '../ini';
import type { ParseResult } from '../types';
import { splitCommandLine } from './command-line';
import { LnkError, parseShellLink, type ShellLink } from './shell-link';

/** Programs that open a web address given as an argument: browsers, and Explorer (which hands it to the default one). */
const URL_OPENERS = new Set([
  'explorer.exe',
  'chrome.exe',
  'chrome_proxy.exe',
  'msedge.exe',
  'msedge_proxy.exe',
  'firefox.exe',
  'iexplore.exe',
  'brave.exe',
  'opera.exe',
  'chromium.exe',
]);

/** The program the shortcut starts, as Windows resolves it: LinkInfo first, then the environment target. */
export function targetOf(link: ShellLink): string | undefined {
  return link.localPath ?? link.networkPath ?? link.environmentTarget ?? link.relativePath;
}

function programName(path: string): string {
  return (path.split(/[\\/]/).pop() ?? path).toLowerCase();
}

const isWebAddress = (text: string) => /^https?:\/\//i.test(text) && URL.canParse(text);

/** The address a browser shortcut opens, or why there is none. */
export function addressOf(args: string[]): { url: string } | { reason: string } {
  for (const arg of args) {
    const app = /^--app=(.+)$/i.exec(arg)?.[1];
    if (app) return isWebAddress(app) ? { url: app } : { reason: `--app= is not a web address (${app})` };
  }
  const url = args.find(isWebAddress);
  if (url) return { url };
  const appId = args.map((arg) => /^--app-id=(.+)$/i.exec(arg)?.[1]).find(Boolean);
  // A web app's jump-list entry carries the address it opens: the only web-app shortcut whose address is known.
  const launchUrl = args.map((arg) => /^--app-launch-url-for-shortcuts-menu-item=(.+)$/i.exec(arg)?.[1]).find(Boolean);
  if (appId && launchUrl && isWebAddress(launchUrl)) return { url: launchUrl };
  if (appId) {
    const profile = args.map((arg) => /^--profile-directory=(.+)$/i.exec(arg)?.[1]).find(Boolean);
    return {
      reason: `installed web app (--app-id=${appId}${profile ? `, profile ${profile}` : ''}): the shortcut does not hold its address; add the tool by hand with the address the app opens`,
    };
  }
  return { reason: 'opens a browser with no web address' };
}

export function parseLnkFile(fileName: string, bytes: Uint8Array): ParseResult {
  const label = baseName(fileName);
  const skip = (reason: string): ParseResult => ({ candidates: [], skipped: [{ origin: fileName, label, reason }] });
  let link: ShellLink;
  try {
    link = parseShellLink(bytes);
  } catch (error) {
    if (error instanceof LnkError) return skip(`unreadable shortcut: ${error.message}`);
    throw error;
  }
  const target = targetOf(link);
  if (!target) return skip('no target path in the shortcut (a shell folder or a special item)');
  if (!URL_OPENERS.has(programName(target))) {
    return target.startsWith('\\\\')
      ? skip(
          `network file (${target}): only web addresses become tools (a browser does not open file: links from an extension)`,
        )
      : skip(`local program (${target}): only web addresses become tools`);
  }
  const address = addressOf(splitCommandLine(link.arguments ?? ''));
  if ('reason' in address) return skip(address.reason);
  return { candidates: [{ label, url: address.url, origin: fileName }], skipped: [] };
}
