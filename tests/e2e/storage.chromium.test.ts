import { describe } from 'vitest';
import { launchChromium } from './harness/chromium';
import { defineStorageTests } from './storage.spec';

describe('storage that heals itself in Chromium', () => {
  defineStorageTests(launchChromium);
});
