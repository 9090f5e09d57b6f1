import { describe } from 'vitest';
import { defineAdoptionTests } from './adoption.spec';
import { launchFirefox } from './harness/firefox';

describe('adoption in Firefox ESR', () => {
  defineAdoptionTests(launchFirefox);
});
