import { describe } from 'vitest';
import { defineExperienceTests } from './experience.spec';
import { launchFirefox } from './harness/firefox';

describe('employee experience in Firefox', () => {
  defineExperienceTests(launchFirefox);
});
