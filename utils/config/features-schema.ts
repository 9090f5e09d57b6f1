/**
 * The feature flags of the configuration document and the policies: one per capability, for a step-by-step rollout
 * and as kill switches (schema.ts puts them under `features`; utils/rollout resolves them per device).
 */
import * as z from 'zod/mini';

/**
 * A feature's rollout: on/off, on for the pilot ring only, or on for a share of devices (each device draws its
 * bucket once, utils/rollout). A Chromium policy (one type per key) and the ADMX take only true/false: rings are
 * for the organisation's document and the Firefox policy; GPO targeting does the rest.
 */
export const featureSetting = z.union([
  z.boolean(),
  z.strictObject({ ring: z.literal('pilot') }),
  z.strictObject({ percent: z.number().check(z.int(), z.minimum(0), z.maximum(100)) }),
]);

const feature = (description: string) => z.optional(featureSetting).check(z.describe(description));

export const featuresSchema = z
  .object({
    launcher: feature('Toolbar launcher of business tools.'),
    news: feature('Unread news list and toolbar badge.'),
    notifications: feature('Desktop notifications for important news (off by default).'),
    sectionsSearch: feature('Search of the relocated-sections index.'),
    relocationGuidance: feature('Guidance page when an old intranet address is opened.'),
    omnibox: feature('Address-bar keyword.'),
    onboarding: feature('First-run page and usage charter.'),
    indicators: feature('Privacy-preserving usage indicators (off by default).'),
    sidePanel: feature('Side panel beside the page (off by default).'),
  })
  .check(z.describe('Feature flags, for a step-by-step rollout and as kill switches.'));

export const FEATURE_NAMES = Object.keys(featuresSchema.shape) as (keyof z.infer<typeof featuresSchema>)[];

export type Features = z.infer<typeof featuresSchema>;
export type FeatureSetting = z.infer<typeof featureSetting>;
