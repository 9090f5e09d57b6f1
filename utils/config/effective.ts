/**
 * The configuration every other module reads: all four sources (policy › document › user › defaults) merged,
 * with where each setting came from. Computed and stored by the background (utils/config/*).
 */
import type { Features } from './features-schema';
import type { ConfigDocument, Feed, SectionEntry, Tool } from './schema';

/** `sections.columns`: CSV header names per field. */
type SectionColumns = NonNullable<NonNullable<ConfigDocument['sections']>['columns']>;

export type ConfigSource = 'policy' | 'document' | 'user' | 'default';

/** A refused value: where it was, why, and from which source. */
export interface ConfigIssue {
  source: ConfigSource;
  path: string;
  message: string;
}

/** Each feature on or off for this device (rings and percentages resolved, utils/rollout/resolve.ts). */
export type ResolvedFeatures = Record<keyof Features, boolean>;
export type FeatureName = keyof ResolvedFeatures;

export interface EffectiveConfig {
  /** Address of the organisation's configuration document, if any. */
  configUrl: string | null;
  esn: NonNullable<ConfigDocument['esn']>;
  tools: Tool[];
  feeds: Feed[];
  sections: { url?: string; entries: SectionEntry[]; columns?: SectionColumns };
  features: ResolvedFeatures;
  pollingIntervalMinutes: number;
  links: NonNullable<ConfigDocument['links']>;
  indicators: NonNullable<ConfigDocument['indicators']>;
  onboarding: NonNullable<ConfigDocument['onboarding']>;
  relocation: NonNullable<ConfigDocument['relocation']>;
  /** Personal links: resolve the defaults with personalLinksPolicy() (utils/launcher/personal-links.ts). */
  launcher: NonNullable<ConfigDocument['launcher']>;
  /** Present only for a pilot-ring device (rollout.pilot), for the indicators' ring label. */
  rollout?: { pilot: true };
  /** Extra http origins that may be opened or fetched (policy only). */
  allowedInsecureOrigins: string[];
  /** Setting path → the source its value came from. */
  provenance: Record<string, ConfigSource>;
  issues: ConfigIssue[];
}

export const DEFAULT_FEATURES: ResolvedFeatures = {
  launcher: true,
  news: true,
  notifications: false,
  sectionsSearch: true,
  relocationGuidance: true,
  omnibox: true,
  onboarding: true,
  indicators: false,
  sidePanel: false,
};

/** No one polls more often than this, whatever the configuration says (the ESN's load at 50,000 installs). */
export const POLLING_FLOOR_MINUTES = 5;
export const DEFAULT_POLLING_MINUTES = 15;

export const EMPTY_CONFIG: EffectiveConfig = {
  configUrl: null,
  esn: {},
  tools: [],
  feeds: [],
  sections: { entries: [] },
  features: DEFAULT_FEATURES,
  pollingIntervalMinutes: DEFAULT_POLLING_MINUTES,
  links: {},
  indicators: {},
  onboarding: {},
  relocation: {},
  launcher: {},
  allowedInsecureOrigins: [],
  provenance: {},
  issues: [],
};
