import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Two projects: fast unit/component tests on WXT's fake browser, and end-to-end tests that drive the *built*
// extension in real Chromium and Firefox ESR (run `npm run build` first; `npm test` does).
export default defineConfig({
  test: {
    reporters: ['default', './tests/tools/closing-line-reporter.ts'],
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
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // Real browsers on a 2-core machine: one file at a time, generous per-test limits.
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});
