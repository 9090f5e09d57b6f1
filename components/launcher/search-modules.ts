import { createContext } from 'preact';

/**
 * Where the launcher's search sources come from: modules loaded when the user first types, so the popup's first
 * paint does not parse the search library. A context, so that a test can hold a module back.
 */
export interface LauncherSearchModules {
  tools: () => Promise<typeof import('@/utils/launcher/tool-source')>;
  links: () => Promise<typeof import('@/utils/launcher/link-source')>;
}

export const LAUNCHER_SEARCH_MODULES: LauncherSearchModules = {
  tools: () => import('@/utils/launcher/tool-source'),
  links: () => import('@/utils/launcher/link-source'),
};

export const LauncherSearchModulesContext = createContext(LAUNCHER_SEARCH_MODULES);
