import { describe } from 'vitest';
import { launchChromium } from './harness/chromium';
import { defineSectionsTests } from './sections.spec';

describe('relocated sections in Chromium', () => {
  defineSectionsTests(launchChromium);
});
