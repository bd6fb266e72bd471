import { defineConfig } from 'vitest/config';

// Two depths of tests: `unit` runs lib/ in Node; `e2e` drives the built extension in Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // A loaded two-core machine (CI, or several builds at once) makes 5 s too short for
          // the property tests; no test asserts a time.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One Chromium at a time: this machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
