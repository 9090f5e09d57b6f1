import { describe } from 'vitest';
import { launchFirefox } from './harness/firefox';
import { shareBrowserBetweenTests } from './harness/shared-browser';
import { defineOmniboxTests } from './omnibox.spec';
import { firefoxAddressBar } from './pages/address-bar';

describe('address-bar keyword in Firefox ESR', () => {
  const launch = shareBrowserBetweenTests(launchFirefox);
  defineOmniboxTests(launch, firefoxAddressBar);
});
