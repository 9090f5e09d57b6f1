import { describe } from 'vitest';
import { launchFirefox } from './harness/firefox';
import { defineStorageTests } from './storage.spec';

describe('storage that heals itself in Firefox ESR', () => {
  defineStorageTests(launchFirefox);
});
