import { describe } from 'vitest';
import { launchChromium } from './harness/chromium';
import { shareBrowserBetweenTests } from './harness/shared-browser';
import { defineLauncherTests } from './launcher.spec';

describe('launcher in Chromium', () => {
  const launch = shareBrowserBetweenTests(launchChromium);
  defineLauncherTests(launch);
});
