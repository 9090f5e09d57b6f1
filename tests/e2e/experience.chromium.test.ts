import { describe } from 'vitest';
import { defineExperienceTests } from './experience.spec';
import { launchChromium } from './harness/chromium';

describe('employee experience in Chromium', () => {
  defineExperienceTests(launchChromium);
});
