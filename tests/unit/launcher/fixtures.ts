import type { EffectiveConfig } from '@/utils/config/effective';
import { EMPTY_CONFIG } from '@/utils/config/effective';
import type { Tool } from '@/utils/config/schema';
import { TOOLS } from '../../demo-esn/content/tools';

export const ORIGIN = 'http://127.0.0.1:4000';

export const demoTools: Tool[] = TOOLS.map((tool) => ({
  id: tool.id,
  label: tool.label,
  url: `${ORIGIN}/apps/${tool.id}`,
  category: tool.category,
  icon: tool.icon,
  keywords: tool.keywords,
  ...(tool.mandatory && { mandatory: true }),
}));

export function demoConfig(overrides: Partial<EffectiveConfig> = {}): EffectiveConfig {
  return {
    ...EMPTY_CONFIG,
    esn: { launchRoute: `${ORIGIN}/go/{toolId}` },
    tools: demoTools,
    ...overrides,
  };
}
