/**
 * The side panel behind its feature flag. Chromium: the panel is enabled only when the flag is on, and a
 * toolbar click opens it instead of the popup when the employee chose so. Firefox shows its sidebar from the
 * View menu; the sidebar page itself says when the feature is off.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { effectiveConfigItem } from '../config/storage';
import { defineHealedItem } from '../storage-health/healed-item';
import { healWith } from '../storage-health/salvage';

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

async function apply(): Promise<boolean> {
  const sidePanel = chromiumSidePanel();
  if (!sidePanel) return false;
  const [config, onClick] = await Promise.all([effectiveConfigItem.getValue(), panelOnClickItem.getValue()]);
  const enabled = config.features.sidePanel === true;
  await sidePanel.setOptions({ enabled });
  await sidePanel.setPanelBehavior({ openPanelOnActionClick: enabled && onClick });
  return true;
}

/** Saves the employee's choice and applies it; says whether this browser can open the panel on a click. */
export async function applyPanelBehaviour(enabled: boolean): Promise<{ applied: boolean }> {
  await panelOnClickItem.setValue(enabled);
  return { applied: await apply().catch(() => false) };
}

export function startSidePanel(): void {
  const reapply = () => void apply().catch((error: unknown) => console.error('Passerelle: side panel', error));
  effectiveConfigItem.watch(reapply);
  reapply();
}
