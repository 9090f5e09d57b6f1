import { browser } from 'wxt/browser';
import type { LaunchDisposition } from './disposition';

/** Opens an address where the user asked. */
export async function openWithDisposition(url: string, disposition: LaunchDisposition): Promise<void> {
  switch (disposition) {
    case 'newWindow':
      await browser.windows.create({ url, focused: true });
      return;
    case 'backgroundTab':
      await browser.tabs.create({ url, active: false });
      return;
    case 'currentTab':
      await browser.tabs.update({ url });
      return;
    default:
      await browser.tabs.create({ url, active: true });
  }
}

/**
 * A match pattern for a tool's own pages (same host, path prefix). Match patterns cannot carry a port in every
 * browser, so the port is checked afterwards by `isToolPage`.
 */
export function toolUrlPattern(toolUrl: string): string | null {
  if (!URL.canParse(toolUrl)) return null;
  const url = new URL(toolUrl);
  return `${url.protocol}//${url.hostname}${url.pathname}*`;
}

/** Whether an open tab shows the tool: same origin, and its path starts with the tool's path. */
export function isToolPage(tabUrl: string | undefined, toolUrl: string): boolean {
  if (!tabUrl || !URL.canParse(tabUrl) || !URL.canParse(toolUrl)) return false;
  const tab = new URL(tabUrl);
  const tool = new URL(toolUrl);
  return tab.origin === tool.origin && tab.pathname.startsWith(tool.pathname);
}

/**
 * Focuses a tab already showing the tool, if any. `tabs.query({ url })` matches (and `tab.url` is readable) only
 * for pages the extension has host permission for, which Passerelle has for https and loopback: no `tabs`
 * permission is needed.
 */
export async function focusOpenTab(toolUrl: string): Promise<boolean> {
  const pattern = toolUrlPattern(toolUrl);
  if (!pattern) return false;
  const tabs = await browser.tabs.query({ url: pattern });
  const tab = tabs.find((candidate) => isToolPage(candidate.url, toolUrl));
  if (tab?.id === undefined) return false;
  await browser.tabs.update(tab.id, { active: true });
  if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
  return true;
}
