/** What the guidance page needs: which entry sent the user there, from where, and how long to wait. */
import type { EffectiveConfig } from '../config/effective';

export const DEFAULT_REDIRECT_DELAY_SECONDS = 5;

export interface GuidanceQuery {
  id: string;
  from: string;
}

/** `?id=…&from=…` as the guidance rules write it. */
export function parseGuidanceQuery(search: string): GuidanceQuery | null {
  const params = new URLSearchParams(search);
  const id = params.get('id');
  return id ? { id, from: params.get('from') ?? '' } : null;
}

/** The configured delay before the guidance page continues (the default when unset; at most a minute). */
export function redirectDelaySeconds(config: Pick<EffectiveConfig, 'relocation'>): number {
  const value = config.relocation?.redirectDelaySeconds;
  return typeof value === 'number' && Number.isInteger(value) && value >= 0
    ? Math.min(value, 60)
    : DEFAULT_REDIRECT_DELAY_SECONDS;
}
