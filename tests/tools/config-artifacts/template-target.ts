/**
 * Who the policy templates are for: the extension ids and the package addresses. The defaults are the fixed ids
 * of this repository's builds and example addresses; the packaging step passes the organisation's own.
 */
import { CHROMIUM_EXTENSION_ID, GECKO_ID } from '../../../utils/manifest/build-manifest';
import { EXAMPLE_CHROMIUM_UPDATE_URL, EXAMPLE_FIREFOX_INSTALL_URL } from './policy-example';

export interface TemplateTarget {
  chromiumId: string;
  geckoId: string;
  /** Chrome/Edge update manifest (updates.xml) address. */
  chromiumUpdateUrl: string;
  /** Firefox .xpi address. */
  firefoxInstallUrl: string;
}

export const DEFAULT_TARGET: TemplateTarget = {
  chromiumId: CHROMIUM_EXTENSION_ID,
  geckoId: GECKO_ID,
  chromiumUpdateUrl: EXAMPLE_CHROMIUM_UPDATE_URL,
  firefoxInstallUrl: EXAMPLE_FIREFOX_INSTALL_URL,
};

export function withDefaults(target: Partial<TemplateTarget> = {}): TemplateTarget {
  return { ...DEFAULT_TARGET, ...target };
}
