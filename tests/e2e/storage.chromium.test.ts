import { describe } from 'vitest';
import { launchChromium } from './harness/chromium';
import { shareBrowserBetweenTests } from './harness/shared-browser';
import { defineStorageTests } from './storage.spec';

describe('storage that heals itself in Chromium', () => {
  const launch = shareBrowserBetweenTests(launchChromium);
  defineStorageTests(launch);
});
