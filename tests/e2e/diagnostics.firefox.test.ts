import { describe } from 'vitest';
import { defineDiagnosticsTests } from './diagnostics.spec';
import { launchFirefox } from './harness/firefox';

describe("IT's diagnostics in Firefox", () => {
  defineDiagnosticsTests(launchFirefox);
});
