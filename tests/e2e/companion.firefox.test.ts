import { describe } from 'vitest';
import { defineCompanionTests } from './companion.spec';
import { launchFirefox } from './harness/firefox';
import { shareBrowserBetweenTests } from './harness/shared-browser';

describe('companion in Firefox', () => {
  const launch = shareBrowserBetweenTests(launchFirefox);
  defineCompanionTests(launch);
});
