import type { SyncStatus } from './document-store';
import type { EffectiveConfig } from './effective';
import type { ConfigSlice } from './slice';

/** The popup's view of the configuration. */
export function buildConfigSlice(config: EffectiveConfig, status: SyncStatus, policyPresent: boolean): ConfigSlice {
  const sync: ConfigSlice['sync'] = config.configUrl
    ? {
        state: status.url === config.configUrl ? status.state : 'never',
        ...(status.url === config.configUrl && status.lastSuccessAt !== undefined
          ? { lastSuccessAt: status.lastSuccessAt }
          : {}),
        ...(status.url === config.configUrl && status.detail ? { detail: status.detail } : {}),
      }
    : { state: policyPresent ? 'ok' : 'never' };
  return {
    configured: config.configUrl !== null || policyPresent,
    ...(config.esn.name === undefined ? {} : { esnName: config.esn.name }),
    ...(config.esn.homeUrl === undefined ? {} : { esnHomeUrl: config.esn.homeUrl }),
    ...(config.esn.logoUrl === undefined ? {} : { esnLogoUrl: config.esn.logoUrl }),
    features: config.features,
    links: config.links,
    sync,
  };
}
