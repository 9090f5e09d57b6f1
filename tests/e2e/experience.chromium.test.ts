import { describe } from 'vitest';
import { defineExperienceTests } from './experience.spec';
import { launchChromium } from './harness/chromium';
import { shareBrowserBetweenTests } from './harness/shared-browser';

describe('employee experience in Chromium', () => {
  defineExperienceTests(shareBrowserBetweenTests(launchChromium));
});
