/** The e2e-firefox project's global setup: the profile template every Firefox session copies, made once up front. */
import { prepareFirefoxProfileTemplate } from './firefox-profile';

export default async function setup(): Promise<void> {
  await prepareFirefoxProfileTemplate();
}
