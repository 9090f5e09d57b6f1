import { effectiveConfigItem } from '../config/storage';
import { recordIndicator } from '../indicators/record';
import type { EntryPoint } from '../indicators/vocabulary';
import type { LaunchDisposition } from '../tabs/disposition';
import { focusOpenTab, openWithDisposition } from '../tabs/open-tab';
import { launchUrl } from './launch-url';
import { type PersonalState, recordRecent } from './personal';
import { personalItem } from './personal-storage';

export type PersonalUpdater = (change: (state: PersonalState) => PersonalState) => Promise<void>;

/**
 * Opens a configured tool through the ESN's launch route (or directly without one) and records it as recent.
 * Refuses unknown tools and addresses that are not https (or allowed http).
 */
export async function launchTool(
  toolId: string,
  disposition: LaunchDisposition,
  updatePersonal: PersonalUpdater,
  from?: EntryPoint,
): Promise<void> {
  const config = await effectiveConfigItem.getValue();
  const tool = config.tools.find((candidate) => candidate.id === toolId);
  if (!tool) throw new Error(`Unknown tool "${toolId}"`);
  const url = launchUrl(tool, config.esn.launchRoute, config.allowedInsecureOrigins);
  if (!url) throw new Error(`The address of the tool "${toolId}" may not be opened`);
  const personal = await personalItem.getValue();
  const focused = personal.focusExistingTab && disposition === 'newTab' && (await focusOpenTab(tool.url));
  if (!focused) await openWithDisposition(url, disposition);
  // Usage indicator (a no-op unless IT turned indicators on): did this launch go through the ESN's route?
  await recordIndicator({ kind: 'launch', toolId, viaEsn: !focused && Boolean(config.esn.launchRoute) });
  if (from) await recordIndicator({ kind: 'path', from, to: 'tool', id: toolId });
  await updatePersonal((state) => recordRecent(state, toolId, Date.now()));
}
