import { describe } from 'vitest';
import { defineDiagnosticsTests } from './diagnostics.spec';
import { launchChromium } from './harness/chromium';

describe("IT's diagnostics in Chromium", () => {
  defineDiagnosticsTests(launchChromium);
});
