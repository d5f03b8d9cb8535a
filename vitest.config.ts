import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Fails the run rather than passing it when a filter or a bad glob leaves no test to run.
    passWithNoTests: false,
  },
});
