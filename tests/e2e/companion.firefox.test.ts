import { describe } from 'vitest';
import { defineCompanionTests } from './companion.spec';
import { launchFirefox } from './harness/firefox';

describe('companion in Firefox', () => {
  defineCompanionTests(launchFirefox);
});
