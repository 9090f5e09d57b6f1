import { describe } from 'vitest';
import { launchFirefox } from './harness/firefox';
import { shareBrowserBetweenTests } from './harness/shared-browser';
import { defineLauncherTests } from './launcher.spec';

describe('launcher in Firefox ESR', () => {
  const launch = shareBrowserBetweenTests(launchFirefox);
  defineLauncherTests(launch);
});
