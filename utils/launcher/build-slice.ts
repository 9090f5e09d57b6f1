import type { EffectiveConfig } from '../config/effective';
import type { PersonalState } from './personal';
import { personalLinksPolicy, visibleLinks } from './personal-links';
import type { LauncherSlice } from './slice';
import { visibleTools } from './visible-tools';

/**
 * The launcher slice from the configuration and the personal state. Ids of tools that left the configuration are
 * dropped from the view (kept in storage: the tool may come back); mandatory tools are never hidden. Personal links
 * are published only when the configuration allows them (kept in storage otherwise).
 */
export function buildLauncherSlice(
  config: Pick<EffectiveConfig, 'tools' | 'launcher' | 'allowedInsecureOrigins'>,
  personal: PersonalState,
): LauncherSlice {
  const known = new Set(config.tools.map((tool) => tool.id));
  const mandatory = new Set(config.tools.filter((tool) => tool.mandatory).map((tool) => tool.id));
  const hidden = personal.hidden.filter((id) => known.has(id) && !mandatory.has(id));
  const shown = new Set(visibleTools(config.tools, hidden).map((tool) => tool.id));
  const visible = (id: string) => shown.has(id);
  const policy = personalLinksPolicy(config);
  return {
    tools: config.tools,
    favourites: personal.favourites.filter(visible),
    recents: personal.recents.map((recent) => recent.toolId).filter(visible),
    hidden,
    focusExistingTab: personal.focusExistingTab,
    ...(policy.allowed && {
      personalLinks: {
        links: visibleLinks(personal.links, policy, config.allowedInsecureOrigins),
        max: policy.max,
      },
    }),
  };
}
