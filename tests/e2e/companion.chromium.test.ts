import { describe } from 'vitest';
import { defineCompanionTests } from './companion.spec';
import { launchChromium } from './harness/chromium';
import { shareBrowserBetweenTests } from './harness/shared-browser';

describe('companion in Chromium', () => {
  const launch = shareBrowserBetweenTests(launchChromium);
  defineCompanionTests(launch);
});
