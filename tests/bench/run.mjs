// `npm run bench`: runs every benchmark in turn and prints its figures. Benchmarks measure; they never
// fail on a timing, because timings on shared machines vary.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const only = process.argv.slice(2);
const benches = readdirSync(new URL('.', import.meta.url))
  .filter((name) => name.endsWith('.bench.mjs'))
  .filter((name) => only.length === 0 || only.some((word) => name.includes(word)))
  .sort();

for (const name of benches) {
  console.log(`\n=== ${name.replace('.bench.mjs', '')} ===`);
  const run = spawnSync(process.execPath, [new URL(name, import.meta.url).pathname], {
    stdio: 'inherit',
  });
  if (run.status !== 0) {
    console.error(`${name} did not finish (exit ${run.status}).`);
    process.exitCode = 1;
  }
}
