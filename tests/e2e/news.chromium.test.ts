import { describe } from 'vitest';
import { launchChromium } from './harness/chromium';
import { defineNewsTests } from './news.spec';

describe('news badge in Chromium', () => {
  defineNewsTests(launchChromium);
});
