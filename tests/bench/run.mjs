// `npm run bench`: runs every benchmark in turn and prints its figures. Benchmarks measure; they never
// fail on a timing, because timings on shared machines vary.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const only = process.argv.slice(2);
const benches = readdirSync(new URL('.', import.meta.url))
  .filter((name) => name.endsWith('.bench.mjs'))
  .filter((name) => only.length === 0 || only.some((word) => name.includes(word)))
  .sort();

/** Benchmarks run more than once, one case a run; the rest run once as they are. */
const cases = {
  '3-insights.bench.mjs': [{}, { COMPRESSED: '1' }, { REPORTS: '10000' }],
};

for (const name of benches) {
  for (const env of cases[name] ?? [{}]) {
    const label = Object.entries(env).map(([key, value]) => ` ${key}=${value}`);
    console.log(`\n=== ${name.replace('.bench.mjs', '')}${label.join('')} ===`);
    const run = spawnSync(process.execPath, [new URL(name, import.meta.url).pathname], {
      stdio: 'inherit',
      env: { ...process.env, ...env },
    });
    if (run.status !== 0) {
      console.error(`${name} did not finish (exit ${run.status}).`);
      process.exitCode = 1;
    }
  }
}
