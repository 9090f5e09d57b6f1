import type { EffectiveConfig } from '../config/effective';
import { isAllowedUrl } from '../config/url-policy';

/** Where batches go, or null when indicators are off, have no endpoint, or the endpoint may not be used. */
export function indicatorsEndpoint(
  config: Pick<EffectiveConfig, 'features' | 'indicators' | 'allowedInsecureOrigins'>,
): string | null {
  const { endpoint } = config.indicators;
  if (!config.features.indicators || !endpoint) return null;
  return isAllowedUrl(endpoint, config.allowedInsecureOrigins) ? endpoint : null;
}

/** Reports show a count only when at least this many devices contributed (indicators.minimumGroupSize). */
const DEFAULT_MINIMUM_GROUP_SIZE = 10;

/** The minimum group size in force (invalid values never reach here: the configuration drops them). */
export function minimumGroupSizeOf(config: Pick<EffectiveConfig, 'indicators'>): number {
  return config.indicators.minimumGroupSize ?? DEFAULT_MINIMUM_GROUP_SIZE;
}
