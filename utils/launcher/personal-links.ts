/**
 * Personal links: addresses a user adds to the launcher when the organisation allows it. Pure operations on the
 * personal state; the background checks the policy and serialises the writes.
 */
import type { EffectiveConfig } from '../config/effective';
import { urlRefusal } from '../config/url-policy';
import type { PersonalLink, PersonalState } from './personal';

export const LINK_LABEL_MAX = 100;
export const DEFAULT_MAX_PERSONAL_LINKS = 20;

/** Why a personal-link change was refused (each has a message in the popup). */
export type PersonalLinkRefusal =
  | 'notAllowed'
  | 'labelEmpty'
  | 'labelTooLong'
  | 'urlInvalid'
  | 'urlNotAllowed'
  | 'tooMany';

interface PersonalLinksPolicy {
  allowed: boolean;
  max: number;
}

/**
 * What the configuration allows. Read defensively: an effective configuration stored by an older version has no
 * `launcher` key until the configuration is merged again.
 */
export function personalLinksPolicy(config: Partial<Pick<EffectiveConfig, 'launcher'>>): PersonalLinksPolicy {
  return {
    allowed: config.launcher?.personalLinks === true,
    max: config.launcher?.maxPersonalLinks ?? DEFAULT_MAX_PERSONAL_LINKS,
  };
}

export interface LinkInput {
  label: string;
  url: string;
}

type CheckedLink = { ok: true; label: string; url: string } | { ok: false; reason: PersonalLinkRefusal };

/** An address typed without a scheme ("intranet.example.com/wiki") is taken as https. */
function withScheme(url: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) ? url : `https://${url}`;
}

/** The label trimmed, the address under the same rules as the tools' (https, or an allowed http origin). */
export function checkLink(input: LinkInput, allowedInsecureOrigins: readonly string[]): CheckedLink {
  const label = input.label.trim();
  if (label === '') return { ok: false, reason: 'labelEmpty' };
  if (label.length > LINK_LABEL_MAX) return { ok: false, reason: 'labelTooLong' };
  const typed = input.url.trim();
  if (typed === '' || typed.length > 2048) return { ok: false, reason: 'urlInvalid' };
  const url = withScheme(typed);
  if (!URL.canParse(url)) return { ok: false, reason: 'urlInvalid' };
  if (urlRefusal(url, allowedInsecureOrigins) !== null) return { ok: false, reason: 'urlNotAllowed' };
  return { ok: true, label, url: new URL(url).href };
}

type LinkChange = { ok: true; state: PersonalState } | { ok: false; reason: PersonalLinkRefusal };

/** Adds a checked link at the end, unless the user already has `max` links. */
export function addLink(state: PersonalState, link: PersonalLink, max: number): LinkChange {
  if (state.links.length >= max) return { ok: false, reason: 'tooMany' };
  return { ok: true, state: { ...state, links: [...state.links, link] } };
}

export function removeLink(state: PersonalState, linkId: string): PersonalState {
  if (!state.links.some((link) => link.id === linkId)) return state;
  return { ...state, links: state.links.filter((link) => link.id !== linkId) };
}

/** Moves a link by `offset` places, clamped to the list. */
export function moveLink(state: PersonalState, linkId: string, offset: number): PersonalState {
  const from = state.links.findIndex((link) => link.id === linkId);
  const link = state.links[from];
  if (!link) return state;
  const to = Math.max(0, Math.min(state.links.length - 1, from + offset));
  if (to === from) return state;
  const links = state.links.filter((candidate) => candidate.id !== linkId);
  links.splice(to, 0, link);
  return { ...state, links };
}

/** The links that may be shown and opened now: none when not allowed; only addresses the policy still accepts. */
export function visibleLinks(
  links: readonly PersonalLink[],
  policy: PersonalLinksPolicy,
  allowedInsecureOrigins: readonly string[],
): PersonalLink[] {
  if (!policy.allowed) return [];
  return links.filter((link) => urlRefusal(link.url, allowedInsecureOrigins) === null);
}
