import { describe } from 'vitest';
import { launchFirefox } from './harness/firefox';
import { shareBrowserBetweenTests } from './harness/shared-browser';
import { defineStorageTests } from './storage.spec';

describe('storage that heals itself in Firefox ESR', () => {
  const launch = shareBrowserBetweenTests(launchFirefox);
  defineStorageTests(launch);
});
