import { describe } from 'vitest';
import { defineFoundationTests } from './foundation.spec';
import { launchFirefox } from './harness/firefox';

describe('foundation in Firefox ESR', () => {
  defineFoundationTests(launchFirefox);
});
