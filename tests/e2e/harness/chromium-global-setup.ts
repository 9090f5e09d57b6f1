/** The e2e-chromium project's global setup: the profiles an earlier run left behind are removed first. */
import { removeLeftoverProfiles } from './profile';

export default function setup(): void {
  removeLeftoverProfiles('chromium');
}
