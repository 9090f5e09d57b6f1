import { describe } from 'vitest';
import { defineExperienceTests } from './experience.spec';
import { launchFirefox } from './harness/firefox';
import { shareBrowserBetweenTests } from './harness/shared-browser';

describe('employee experience in Firefox', () => {
  defineExperienceTests(shareBrowserBetweenTests(launchFirefox));
});
