import { describe } from 'vitest';
import { defineFoundationTests } from './foundation.spec';
import { launchChromium } from './harness/chromium';

describe('foundation in Chromium', () => {
  defineFoundationTests(launchChromium);
});
