import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Real browsers on a 2-core machine: each browser's files run one at a time, generous per-test limits.
const e2eProject = (browser: 'chromium' | 'firefox') => ({
  test: {
    name: `e2e-${browser}`,
    include: [`tests/e2e/**/*.${browser}.test.ts`],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});

// Three projects: fast unit/component tests on WXT's fake browser, and end-to-end tests that drive the *built*
// extension in real Chromium and in real Firefox ESR (run `npm run build` first; `npm test` does, and runs the two
// browsers' projects side by side through tests/tools/test-run/run-tests.ts).
export default defineConfig({
  test: {
    reporters: ['default', './tests/tools/test-run/closing-line-reporter.ts'],
    projects: [
      {
        plugins: [WxtVitest(), preact()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
      e2eProject('chromium'),
      e2eProject('firefox'),
    ],
  },
});
