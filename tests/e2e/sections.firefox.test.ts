import { describe } from 'vitest';
import { launchFirefox } from './harness/firefox';
import { defineSectionsTests } from './sections.spec';

describe('relocated sections in Firefox', () => {
  defineSectionsTests(launchFirefox);
});
