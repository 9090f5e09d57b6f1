/**
 * The side panel behind its feature flag. Chromium: the panel is enabled only when the flag is on, and a
 * toolbar click opens it instead of the popup when the employee chose so. Firefox shows its sidebar from the
 * View menu (the sidebar page itself says when the feature is off), and on a toolbar click by the same choice.
 */
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { effectiveConfigItem } from '../config/storage';
import { defineHealedItem } from '../storage-health/healed-item';
import { healWith } from '../storage-health/salvage';
import { applySidebarOnClick, type FirefoxToolbarApis, listenForSidebarClicks } from './firefox-sidebar';

/** The employee's choice on the options page: a toolbar click opens the panel (where the browser allows it). */
export const panelOnClickItem = defineHealedItem<boolean>('local:panelOnClick', {
  fallback: false,
  version: 1,
  heal: healWith(z.boolean(), false),
});

interface ChromiumSidePanel {
  setOptions(options: { enabled: boolean }): Promise<void>;
  setPanelBehavior(behaviour: { openPanelOnActionClick: boolean }): Promise<void>;
}

/** Chromium's sidePanel API, or undefined (Firefox, or a build without the panel). */
function chromiumSidePanel(): ChromiumSidePanel | undefined {
  return (browser as unknown as { sidePanel?: ChromiumSidePanel }).sidePanel;
}

/** Firefox's sidebar and toolbar APIs, or undefined (Chromium). */
function firefoxToolbar(): FirefoxToolbarApis | undefined {
  const apis = browser as unknown as Partial<FirefoxToolbarApis>;
  return apis.sidebarAction && apis.action ? (apis as FirefoxToolbarApis) : undefined;
}

/** The toolbar popup the manifest declares, to put back when the employee no longer wants the sidebar. */
const manifestPopup = () => browser.runtime.getManifest().action?.default_popup ?? 'popup.html';

async function apply(): Promise<boolean> {
  const sidePanel = chromiumSidePanel();
  const firefox = sidePanel ? undefined : firefoxToolbar();
  if (!sidePanel && !firefox) return false;
  const [config, onClick] = await Promise.all([effectiveConfigItem.getValue(), panelOnClickItem.getValue()]);
  const enabled = config.features.sidePanel === true;
  if (firefox) {
    await applySidebarOnClick(firefox, enabled && onClick, manifestPopup());
    return true;
  }
  await sidePanel?.setOptions({ enabled });
  await sidePanel?.setPanelBehavior({ openPanelOnActionClick: enabled && onClick });
  return true;
}

/** Saves the employee's choice and applies it; says whether this browser can open the panel on a click. */
export async function applyPanelBehaviour(enabled: boolean): Promise<{ applied: boolean }> {
  await panelOnClickItem.setValue(enabled);
  return { applied: await apply().catch(() => false) };
}

export function startSidePanel(): void {
  const firefox = firefoxToolbar();
  if (firefox) listenForSidebarClicks(firefox);
  const reapply = () => void apply().catch((error: unknown) => console.error('Passerelle: side panel', error));
  effectiveConfigItem.watch(reapply);
  reapply();
}
