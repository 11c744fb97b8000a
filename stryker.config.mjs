// @ts-check
/**
 * Mutation testing (`npm run test:mutation`): Stryker changes the logic of the learner-facing features
 * one small edit at a time and runs the unit tests; a change that no test notices is a behaviour no
 * test pins. Slow (minutes per folder on two cores), so not part of `npm test`. Name features to
 * narrow it: `SIDELINE_MUTATE=quiz,scenario npm run test:mutation`.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
// The logic's own tests only: the DOM tests need a module graph that Stryker's sandbox cannot serve.
process.env['SIDELINE_UNIT_ONLY'] = '1';
const features = (process.env['SIDELINE_MUTATE'] ?? 'quiz,scenario,record,paths,insights').split(
  ',',
);

export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.config.ts' },
  mutate: [
    ...features.map((feature) => `src/${feature.trim()}/**/*.ts`),
    // Framework glue, workers and build-time tools are tested in the browser, not by unit tests.
    '!src/**/components/**',
    '!src/**/tool/**',
    '!src/insights/workers/**',
    // A QR encoder: its round-trip test is too slow to run once per mutant.
    '!src/paths/assignments/qr.ts',
    '!src/record/{db,dexie-store,live,session}.ts',
  ],
  coverageAnalysis: 'perTest',
  // Mutants in module-level constants run every test; they are few and slow the run several times over.
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 20000,
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  thresholds: { high: 90, low: 85, break: null },
};
