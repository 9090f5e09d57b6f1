import { describe } from 'vitest';
import { defineCompanionTests } from './companion.spec';
import { launchChromium } from './harness/chromium';

describe('companion in Chromium', () => {
  defineCompanionTests(launchChromium);
});
