/**
 * The e2e-firefox project's global setup: the browser is checked to be one the add-on installs on, the profiles an
 * earlier run left behind are removed, then the profile template every Firefox session copies is made, once up front.
 */
import { FIREFOX_MIN_VERSION } from '../../../utils/manifest/build-manifest';
import { requireFirefoxVersion } from './executables';
import { prepareFirefoxProfileTemplate } from './firefox-profile';
import { removeLeftoverProfiles } from './profile';

export default async function setup(): Promise<void> {
  requireFirefoxVersion(FIREFOX_MIN_VERSION);
  removeLeftoverProfiles('firefox');
  await prepareFirefoxProfileTemplate();
}
