/**
 * The personal-link messages in the background: each checks what the configuration allows now (the popup's copy
 * may be older) and changes the personal state through the one serialised updater.
 */
import { effectiveConfigItem } from '../config/storage';
import type { LaunchDisposition } from '../tabs/disposition';
import { openWithDisposition } from '../tabs/open-tab';
import type { PersonalUpdater } from './launch';
import {
  addLink,
  checkLink,
  type LinkInput,
  moveLink,
  personalLinksPolicy,
  removeLink,
  visibleLinks,
} from './personal-links';
import { personalItem } from './personal-storage';
import type { AddPersonalLinkResult } from './protocol';

interface LinkDeps {
  updatePersonal: PersonalUpdater;
  /** A new link id (injected so tests can predict it). */
  newId?: () => string;
}

export async function addPersonalLink(input: LinkInput, deps: LinkDeps): Promise<AddPersonalLinkResult> {
  const config = await effectiveConfigItem.getValue();
  const policy = personalLinksPolicy(config);
  if (!policy.allowed) return { ok: false, reason: 'notAllowed' };
  const checked = checkLink(input, config.allowedInsecureOrigins);
  if (!checked.ok) return checked;
  const link = { id: (deps.newId ?? (() => crypto.randomUUID()))(), label: checked.label, url: checked.url };
  let result: AddPersonalLinkResult = { ok: true, linkId: link.id };
  // The count is checked inside the update: two quick adds cannot both pass the limit.
  await deps.updatePersonal((state) => {
    const change = addLink(state, link, policy.max);
    if (change.ok) return change.state;
    result = { ok: false, reason: change.reason };
    return state;
  });
  return result;
}

/** Removing only forgets: allowed even when the policy no longer allows personal links. */
export function removePersonalLink(linkId: string, deps: LinkDeps): Promise<void> {
  return deps.updatePersonal((state) => removeLink(state, linkId));
}

export async function movePersonalLink(linkId: string, offset: number, deps: LinkDeps): Promise<void> {
  const config = await effectiveConfigItem.getValue();
  if (!personalLinksPolicy(config).allowed) throw new Error('Personal links are not allowed by your organisation');
  await deps.updatePersonal((state) => moveLink(state, linkId, offset));
}

/** Opens a personal link where the user asked: directly, as it is not a configured tool of the ESN. */
export async function openPersonalLink(linkId: string, disposition: LaunchDisposition): Promise<void> {
  const [config, personal] = await Promise.all([effectiveConfigItem.getValue(), personalItem.getValue()]);
  const links = visibleLinks(personal.links, personalLinksPolicy(config), config.allowedInsecureOrigins);
  const link = links.find((candidate) => candidate.id === linkId);
  if (!link) throw new Error(`The personal link "${linkId}" may not be opened`);
  await openWithDisposition(link.url, disposition);
}
