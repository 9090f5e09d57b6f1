import { describe } from 'vitest';
import { defineConfigTests } from './config.spec';
import { launchFirefox } from './harness/firefox';

// Writes /etc/firefox/policies/policies.json (read once at start): run as root (CI does).
describe('configuration in Firefox (real policies.json)', () => {
  defineConfigTests({ launch: launchFirefox, wrongTypeReachesExtension: true });
});
