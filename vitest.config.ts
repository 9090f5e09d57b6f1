import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { PolicyLastSequencer } from './tests/e2e/harness/policy-last-sequencer.ts';

// Real browsers on a 2-core machine: each browser's files run one at a time, generous per-test limits.
const e2eProject = (browser: 'chromium' | 'firefox') => ({
  test: {
    name: `e2e-${browser}`,
    include: [`tests/e2e/**/*.${browser}.test.ts`],
    environment: 'node',
    fileParallelism: false,
    // One module graph for the browser's files: the harness and playwright/puppeteer load once, not once per file.
    isolate: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    globalSetup: [`tests/e2e/harness/${browser}-global-setup.ts`],
  },
});

// Unit and component tests share one module graph (isolate: false): measured 2 min 10 s isolated, ~25 s shared, on
// 2 cores. tests/unit/setup.ts gives every test empty storage and empty databases; no test resets or mocks modules
// (capabilities are services each test starts afresh, the background starts with a test's own message registrar).
const unitProject = {
  plugins: [WxtVitest(), preact()],
  test: {
    name: 'unit',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    isolate: false,
    environment: 'happy-dom',
    setupFiles: ['tests/unit/setup.ts'],
  },
};

// Three projects: fast unit/component tests on WXT's fake browser, and end-to-end tests that drive the *built*
// extension in real Chromium and in real Firefox ESR (run `npm run build` first; `npm test` does, and runs the two
// browsers' projects side by side through tests/tools/test-run/run-tests.ts).
export default defineConfig({
  test: {
    reporters: ['default', './tests/tools/test-run/closing-line-reporter.ts'],
    // Each browser's files without a managed policy first: fewer browsers launched (policy-last-sequencer.ts).
    sequence: { sequencer: PolicyLastSequencer },
    projects: [unitProject, e2eProject('chromium'), e2eProject('firefox')],
  },
});
