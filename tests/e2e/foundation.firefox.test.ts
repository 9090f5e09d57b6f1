import { describe } from 'vitest';
import { defineFoundationTests } from './foundation.spec';
import { launchFirefox } from './harness/firefox';
import { shareBrowserBetweenTests } from './harness/shared-browser';

describe('foundation in Firefox ESR', () => {
  const launch = shareBrowserBetweenTests(launchFirefox);
  defineFoundationTests(launch);
});
