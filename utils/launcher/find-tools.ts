import { effectiveConfigItem } from '../config/storage';
import { browserLanguage } from '../i18n/browser-translator';
import type { SearchResult } from '../search/source';
import { personalItem } from './personal-storage';
import { visibleTools } from './visible-tools';

/** The tools the user sees that match a text, best first (the address-bar keyword's finder); none while the launcher is off. */
export async function findVisibleTools(text: string, limit: number): Promise<SearchResult[]> {
  const [config, personal] = await Promise.all([effectiveConfigItem.getValue(), personalItem.getValue()]);
  if (!config.features.launcher) return [];
  // With the search library: a lazy script in the background (utils/lazy/lazy-scripts.ts), a chunk elsewhere.
  const { createToolSource } = await import('./tool-source');
  return createToolSource(visibleTools(config.tools, personal.hidden), browserLanguage()).search(text, limit);
}
