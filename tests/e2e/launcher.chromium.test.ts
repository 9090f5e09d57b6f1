import { describe } from 'vitest';
import { launchChromium } from './harness/chromium';
import { defineLauncherTests } from './launcher.spec';

describe('launcher in Chromium', () => {
  defineLauncherTests(launchChromium);
});
