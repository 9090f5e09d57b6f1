import { describe } from 'vitest';
import { launchFirefox } from './harness/firefox';
import { shareBrowserBetweenTests } from './harness/shared-browser';
import { defineSectionsTests } from './sections.spec';

describe('relocated sections in Firefox', () => {
  const launch = shareBrowserBetweenTests(launchFirefox);
  defineSectionsTests(launch);
});
