import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Mutation testing runs the unit tests alone (see stryker.config.mjs).
    include: process.env['SIDELINE_UNIT_ONLY']
      ? ['tests/unit/**/*.test.{ts,tsx}']
      : ['tests/{unit,dom}/**/*.test.{ts,tsx}'],
    // The loopback LRS's own dependencies ship their own tests; they are not ours to run.
    exclude: ['**/node_modules/**', 'tests/lrs/node_modules/**'],
    setupFiles: ['fake-indexeddb/auto'],
    environment: 'node',
  },
});
