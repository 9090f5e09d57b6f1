/** The settings part of the diagnostics (background only: it walks the zod schemas, which pages need not load). */
import type { DiagnosticSetting } from './diagnostics';
import type { EffectiveConfig } from './effective';
import { getAt } from './flatten';
import { SETTING_PATHS } from './validate-sources';

/** The effective value at a setting path (the merged view, defaults included). */
function effectiveValue(config: EffectiveConfig, path: string): unknown {
  if (path === 'configUrl') return config.configUrl ?? undefined;
  if (path === 'polling.intervalMinutes') return config.pollingIntervalMinutes;
  return getAt(config, path);
}

export function settingsOf(config: EffectiveConfig, mayChange: (path: string) => boolean): DiagnosticSetting[] {
  return SETTING_PATHS.map((path) => ({
    path,
    value: effectiveValue(config, path),
    source: config.provenance[path] ?? 'default',
    userMayChange: mayChange(path),
  }));
}
