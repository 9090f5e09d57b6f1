import { describe } from 'vitest';
import { defineDiagnosticsTests } from './diagnostics.spec';
import { launchFirefox } from './harness/firefox';
import { shareBrowserBetweenTests } from './harness/shared-browser';

describe("IT's diagnostics in Firefox", () => {
  defineDiagnosticsTests(shareBrowserBetweenTests(launchFirefox));
});
