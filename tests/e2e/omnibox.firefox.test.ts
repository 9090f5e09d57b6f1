import { describe } from 'vitest';
import { launchFirefox } from './harness/firefox';
import { defineOmniboxTests } from './omnibox.spec';
import { firefoxAddressBar } from './pages/address-bar';

describe('address-bar keyword in Firefox ESR', () => {
  defineOmniboxTests(() => launchFirefox(), firefoxAddressBar);
});
