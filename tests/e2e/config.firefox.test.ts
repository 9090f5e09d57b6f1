import { describe } from 'vitest';
import { defineConfigTests } from './config.spec';
import { launchFirefox } from './harness/firefox';
import { shareBrowserBetweenTests } from './harness/shared-browser';

// Writes /etc/firefox/policies/policies.json (read once at start): run as root (CI does).
describe('configuration in Firefox (real policies.json)', () => {
  const launch = shareBrowserBetweenTests(launchFirefox);
  defineConfigTests({ launch: launch, wrongTypeReachesExtension: true });
});
