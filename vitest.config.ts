import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // End-to-end tests drive a real Chromium; give them room on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // One browser-heavy file at a time keeps the machine responsive and timings honest.
    fileParallelism: false,
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
  },
});
