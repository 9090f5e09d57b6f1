import { describe } from 'vitest';
import { defineDiagnosticsTests } from './diagnostics.spec';
import { launchChromium } from './harness/chromium';
import { shareBrowserBetweenTests } from './harness/shared-browser';

describe("IT's diagnostics in Chromium", () => {
  defineDiagnosticsTests(shareBrowserBetweenTests(launchChromium));
});
