import { describe } from 'vitest';
import { launchFirefox } from './harness/firefox';
import { defineLauncherTests } from './launcher.spec';

describe('launcher in Firefox ESR', () => {
  defineLauncherTests(launchFirefox);
});
