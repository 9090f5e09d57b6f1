/**
 * The keyboard command "open the ESN's home page" (no default key: each user, or IT, picks one in the browser's
 * shortcuts page, so it never clashes with the company's own shortcuts). Counted as the path keyboard → ESN home.
 */
import { browser } from 'wxt/browser';
import type { EffectiveConfig } from '../config/effective';
import { effectiveConfigItem } from '../config/storage';
import { isAllowedUrl } from '../config/url-policy';
import { recordIndicator } from '../indicators/record';
import { openWithDisposition } from '../tabs/open-tab';

const ESN_HOME_COMMAND = 'open-esn-home';

/** Opens the ESN's home page when one is configured and allowed; false otherwise. */
export async function openEsnHome(config: Pick<EffectiveConfig, 'esn' | 'allowedInsecureOrigins'>): Promise<boolean> {
  const home = config.esn.homeUrl;
  if (!home || !isAllowedUrl(home, config.allowedInsecureOrigins)) return false;
  await openWithDisposition(home, 'newTab');
  await recordIndicator({ kind: 'path', from: 'keyboard', to: 'esnHome' });
  return true;
}

export function startEsnHomeCommand(): void {
  // Firefox for Android has no keyboard commands.
  browser.commands?.onCommand?.addListener((command) => {
    if (command !== ESN_HOME_COMMAND) return;
    void effectiveConfigItem
      .getValue()
      .then(openEsnHome)
      .catch((error: unknown) => console.error('Passerelle: ESN home command', error));
  });
}
