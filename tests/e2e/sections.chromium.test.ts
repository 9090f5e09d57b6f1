import { describe } from 'vitest';
import { launchChromium } from './harness/chromium';
import { shareBrowserBetweenTests } from './harness/shared-browser';
import { defineSectionsTests } from './sections.spec';

describe('relocated sections in Chromium', () => {
  const launch = shareBrowserBetweenTests(launchChromium);
  defineSectionsTests(launch);
});
