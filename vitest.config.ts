import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Mutation testing runs the unit tests alone (see stryker.config.mjs).
    include: process.env['SIDELINE_UNIT_ONLY']
      ? ['tests/unit/**/*.test.{ts,tsx}']
      : ['tests/{unit,dom}/**/*.test.{ts,tsx}'],
    setupFiles: ['fake-indexeddb/auto'],
    environment: 'node',
  },
});
