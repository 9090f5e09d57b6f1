import { describe } from 'vitest';
import { defineFoundationTests } from './foundation.spec';
import { launchChromium } from './harness/chromium';
import { shareBrowserBetweenTests } from './harness/shared-browser';

describe('foundation in Chromium', () => {
  const launch = shareBrowserBetweenTests(launchChromium);
  defineFoundationTests(launch);
});
