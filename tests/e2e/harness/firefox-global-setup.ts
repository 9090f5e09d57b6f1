/**
 * The e2e-firefox project's global setup: the profiles an earlier run left behind are removed, then the profile
 * template every Firefox session copies is made, once up front.
 */
import { prepareFirefoxProfileTemplate } from './firefox-profile';
import { removeLeftoverProfiles } from './profile';

export default async function setup(): Promise<void> {
  removeLeftoverProfiles('firefox');
  await prepareFirefoxProfileTemplate();
}
