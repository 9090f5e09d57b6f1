import type { ResolvedFeatures } from './effective';
import type { ConfigDocument, LocalizedText } from './schema';

/** How fresh the organisation's data is, as the popup's status line tells it. */
export type SyncState = 'ok' | 'never' | 'stale' | 'unreachable' | 'signedOut';

/** What the popup needs of the configuration. */
export interface ConfigSlice {
  configured: boolean;
  esnName?: LocalizedText;
  esnHomeUrl?: string;
  /** The ESN's logo (https, validated), shown beside its name in the pages' headers. */
  esnLogoUrl?: string;
  features: ResolvedFeatures;
  links: NonNullable<ConfigDocument['links']>;
  sync: { state: SyncState; lastSuccessAt?: number; detail?: string };
}
