// @ts-check
/**
 * Mutation testing (`npm run test:mutation`): Stryker changes the logic of the learner-facing features
 * one small edit at a time and runs the unit tests; a change that no test notices is a behaviour no
 * test pins. Slow (minutes per folder on two cores), so not part of `npm test`. Pass a folder to
 * narrow it: `npm run test:mutation -- --mutate "src/quiz/**\/*.ts"`.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.config.ts' },
  mutate: [
    'src/{quiz,scenario,record,paths,insights}/**/*.ts',
    // Framework glue, workers and build-time tools are tested in the browser, not by unit tests.
    '!src/**/components/**',
    '!src/**/tool/**',
    '!src/insights/workers/**',
    '!src/record/{db,dexie-store,live,session}.ts',
  ],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 20000,
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  thresholds: { high: 90, low: 85, break: null },
};
