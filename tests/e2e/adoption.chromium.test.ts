import { describe } from 'vitest';
import { defineAdoptionTests } from './adoption.spec';
import { launchChromium } from './harness/chromium';

describe('adoption in Chromium', () => {
  defineAdoptionTests(launchChromium);
});
