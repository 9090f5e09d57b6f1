/**
 * Provisional: the user-set configuration URL is fetched and applied as is. Replaced by the full pipeline
 * (policy › document › user › defaults) of the configuration capability.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { publishSlice } from '../snapshot/publish';
import { type EffectiveConfig, EMPTY_CONFIG } from './effective';
import { configDocumentSchema } from './schema';
import { effectiveConfigItem } from './storage';

export const userConfigUrlItem = storage.defineItem<string | null>('local:userConfigUrl', { fallback: null });

async function refresh(): Promise<void> {
  const url = await userConfigUrlItem.getValue();
  if (!url) return;
  const response = await fetch(url, { credentials: 'include' });
  const parsed = configDocumentSchema.safeParse(await response.json());
  if (!parsed.success) return;
  const doc = parsed.data;
  const config: EffectiveConfig = {
    ...EMPTY_CONFIG,
    configUrl: url,
    esn: doc.esn ?? {},
    tools: doc.tools ?? [],
    feeds: doc.feeds ?? [],
  };
  await effectiveConfigItem.setValue(config);
  await publishSlice('config', {
    configured: true,
    esnName: config.esn.name,
    features: config.features,
    links: config.links,
    sync: { state: 'ok', lastSuccessAt: Date.now() },
  });
  await publishSlice('launcher', { tools: config.tools, favourites: [], recents: [], hidden: [] });
}

export function startConfig(): void {
  userConfigUrlItem.watch(() => void refresh());
  browser.runtime.onStartup.addListener(() => void refresh());
  void refresh();
}
