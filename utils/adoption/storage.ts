import { storage } from 'wxt/utils/storage';
import type { ResolvedFeatures } from '../config/effective';
import type { FeatureName } from './slice';

export interface CharterAcknowledgement {
  /** The charter version accepted; '' when the configuration named none. */
  version: string;
  /** Day of the acceptance (YYYY-MM-DD), shown to the user; nothing finer is kept. */
  day: string;
}

/** The last charter the user accepted; a configuration naming another version asks again. */
export const charterAcknowledgementItem = storage.defineItem<CharterAcknowledgement | null>(
  'local:adoptionCharterAcknowledgement',
  { fallback: null, version: 1 },
);

export interface WhatsNewState {
  /** The feature flags last seen, to tell which ones turned on; null before the first configuration. */
  knownFeatures: ResolvedFeatures | null;
  pending: FeatureName[];
  dismissed: FeatureName[];
}

export const EMPTY_WHATS_NEW: WhatsNewState = { knownFeatures: null, pending: [], dismissed: [] };

export const whatsNewItem = storage.defineItem<WhatsNewState>('local:adoptionWhatsNew', {
  fallback: EMPTY_WHATS_NEW,
  version: 1,
});

/**
 * Whether the install already opened the first-run page: a reinstall that keeps the storage (Firefox temporary
 * add-ons, a policy reinstall) does not show it again.
 */
export const welcomeShownItem = storage.defineItem<boolean>('local:adoptionWelcomeShown', {
  fallback: false,
  version: 1,
});
