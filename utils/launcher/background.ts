/**
 * The launcher's state in the background: the configured tools and the user's own arrangement, published as the
 * `launcher` slice whenever either changes; launches (through the ESN), the personal-state and personal-link
 * messages.
 */

import { alreadyLogged, createSerialQueue } from '../async/serial-queue';
import { effectiveConfigItem } from '../config/storage';
import type { EntryPoint } from '../indicators/vocabulary';
import type { HandleMessage } from '../messaging/handle';
import { publishSlice } from '../snapshot/publish';
import type { LaunchDisposition } from '../tabs/disposition';
import { buildLauncherSlice } from './build-slice';
import { launchTool } from './launch';
import { hide, moveFavourite, type PersonalState, pin, unhide, unpin } from './personal';
import { addPersonalLink, movePersonalLink, openPersonalLink, removePersonalLink } from './personal-links-background';
import { personalItem } from './personal-storage';

async function publish(): Promise<void> {
  const [config, personal] = await Promise.all([effectiveConfigItem.getValue(), personalItem.getValue()]);
  await publishSlice('launcher', buildLauncherSlice(config, personal));
}

const updates = createSerialQueue('launcher');

/** Read-modify-write of the personal state, one at a time (two quick clicks must not lose one). */
export function updatePersonal(change: (state: PersonalState) => PersonalState): Promise<void> {
  return updates.run('update the personal state', async () => {
    const current = await personalItem.getValue();
    const next = change(current);
    if (next !== current) await personalItem.setValue(next);
  });
}

async function isMandatory(toolId: string): Promise<boolean> {
  const config = await effectiveConfigItem.getValue();
  return config.tools.some((tool) => tool.id === toolId && tool.mandatory);
}

/** What the launcher offers the other capabilities once started (the address-bar keyword launches through it). */
interface LauncherBackground {
  launchTool(toolId: string, disposition: LaunchDisposition, from?: EntryPoint): Promise<void>;
}

export function startLauncher(handleMessage: HandleMessage): LauncherBackground {
  effectiveConfigItem.watch(() => publish().catch(alreadyLogged));
  personalItem.watch(() => publish().catch(alreadyLogged));
  handleMessage('launchTool', ({ toolId, disposition, from }) => launchTool(toolId, disposition, updatePersonal, from));
  handleMessage('pinTool', ({ toolId }) => updatePersonal((state) => pin(state, toolId)));
  handleMessage('unpinTool', ({ toolId }) => updatePersonal((state) => unpin(state, toolId)));
  handleMessage('moveFavourite', ({ toolId, offset }) =>
    updatePersonal((state) => moveFavourite(state, toolId, offset)),
  );
  handleMessage('hideTool', async ({ toolId }) => {
    if (await isMandatory(toolId)) throw new Error(`The tool "${toolId}" is mandatory and cannot be hidden`);
    await updatePersonal((state) => hide(state, toolId));
  });
  handleMessage('unhideTool', ({ toolId }) => updatePersonal((state) => unhide(state, toolId)));
  handleMessage('setFocusExistingTab', ({ enabled }) =>
    updatePersonal((state) => (state.focusExistingTab === enabled ? state : { ...state, focusExistingTab: enabled })),
  );
  const linkDeps = { updatePersonal };
  handleMessage('addPersonalLink', (input) => addPersonalLink(input, linkDeps));
  handleMessage('removePersonalLink', ({ linkId }) => removePersonalLink(linkId, linkDeps));
  handleMessage('movePersonalLink', ({ linkId, offset }) => movePersonalLink(linkId, offset, linkDeps));
  handleMessage('openPersonalLink', ({ linkId, disposition }) => openPersonalLink(linkId, disposition));
  publish().catch(alreadyLogged);
  return { launchTool: (toolId, disposition, from) => launchTool(toolId, disposition, updatePersonal, from) };
}
