import { defineHealedItem } from '../storage-health/healed-item';
import { healWith } from '../storage-health/salvage';
import { EMPTY_PERSONAL, type PersonalState, RECENTS_LIMIT } from './personal';
import { personalStateSchema } from './personal-schema';

/** Version 1 (first release): recents were bare ids, no personal links, no tab focusing. */
export interface PersonalStateV1 {
  favourites: string[];
  recents: string[];
  hidden: string[];
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/**
 * v1 → v2: recents gain a launch time (unknown: 0, order kept), links and the focus option start empty.
 * It takes whatever is stored, a `PersonalStateV1` or what a hand edit left: anything that is not a list of strings
 * becomes an empty list.
 */
export function migratePersonalV1toV2(v1: unknown): PersonalState {
  const record: Record<string, unknown> = typeof v1 === 'object' && v1 !== null ? { ...v1 } : {};
  return {
    ...EMPTY_PERSONAL,
    favourites: [...new Set(stringList(record.favourites))],
    recents: [...new Set(stringList(record.recents))].slice(0, RECENTS_LIMIT).map((toolId) => ({ toolId, at: 0 })),
    hidden: [...new Set(stringList(record.hidden))],
  };
}

const PERSONAL_MIGRATIONS = { 2: migratePersonalV1toV2 };

/** Favourites, recents, hidden tools and personal links: kept across restarts and upgrades. */
export const personalItem = defineHealedItem<PersonalState>('local:personal', {
  fallback: EMPTY_PERSONAL,
  version: 2,
  migrations: PERSONAL_MIGRATIONS,
  heal: healWith(personalStateSchema, EMPTY_PERSONAL),
});
