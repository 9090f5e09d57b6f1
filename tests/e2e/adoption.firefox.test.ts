import { describe } from 'vitest';
import { defineAdoptionTests } from './adoption.spec';
import { launchFirefox } from './harness/firefox';
import { shareBrowserBetweenTests } from './harness/shared-browser';

describe('adoption in Firefox ESR', () => {
  const launch = shareBrowserBetweenTests(launchFirefox);
  defineAdoptionTests(launch);
});
