import * as z from 'zod/mini';
import type { FeatureName, ResolvedFeatures } from '../config/effective';
import { resolvedFeaturesSchema } from '../config/effective-schema';
import { featuresSchema } from '../config/features-schema';
import { defineHealedItem } from '../storage-health/healed-item';
import { healWith } from '../storage-health/salvage';

export interface CharterAcknowledgement {
  /** The charter version accepted; '' when the configuration named none. */
  version: string;
  /** Day of the acceptance (YYYY-MM-DD), shown to the user; nothing finer is kept. */
  day: string;
}

const acknowledgementSchema = z.nullable(z.object({ version: z.string(), day: z.string() }));

/** The last charter the user accepted; a configuration naming another version asks again. */
export const charterAcknowledgementItem = defineHealedItem<CharterAcknowledgement | null>(
  'local:adoptionCharterAcknowledgement',
  {
    fallback: null,
    version: 1,
    heal: healWith(acknowledgementSchema as z.ZodMiniType<CharterAcknowledgement | null>, null),
  },
);

export interface WhatsNewState {
  /** The feature flags last seen, to tell which ones turned on; null before the first configuration. */
  knownFeatures: ResolvedFeatures | null;
  pending: FeatureName[];
  dismissed: FeatureName[];
}

export const EMPTY_WHATS_NEW: WhatsNewState = { knownFeatures: null, pending: [], dismissed: [] };

const featureName = z.keyof(featuresSchema);

const whatsNewSchema = z.object({
  knownFeatures: z.nullable(resolvedFeaturesSchema),
  pending: z.array(featureName),
  dismissed: z.array(featureName),
}) as unknown as z.ZodMiniType<WhatsNewState>;

export const whatsNewItem = defineHealedItem<WhatsNewState>('local:adoptionWhatsNew', {
  fallback: EMPTY_WHATS_NEW,
  version: 1,
  heal: healWith(whatsNewSchema, EMPTY_WHATS_NEW),
});

/**
 * Whether the install already opened the first-run page: a reinstall that keeps the storage (Firefox temporary
 * add-ons, a policy reinstall) does not show it again.
 */
export const welcomeShownItem = defineHealedItem<boolean>('local:adoptionWelcomeShown', {
  fallback: false,
  version: 1,
  heal: healWith(z.boolean(), false),
});
