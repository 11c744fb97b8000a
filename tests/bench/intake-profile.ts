// Profiles one worker's intake in Node: the bench's report generator (tests/bench/3-insights.bench.mjs)
// makes REPORTS files, and one intake reads, checks and summarises them as a worker does; prints the
// worker's own timings. Bundled first, as Node cannot import the site's TypeScript by itself:
//   esbuild tests/bench/intake-profile.ts --bundle --platform=node --format=esm --external:yaml \
//     "--banner:js=import{createRequire}from'module';const require=createRequire(import.meta.url);" \
//     --outfile=.intake-profile.mjs
//   REPORTS=300 node --cpu-prof .intake-profile.mjs
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { createIntake } from '../../src/insights/workers/intake';
import type { FromWorker } from '../../src/insights/workers/protocol';
import { catalogue as cohort } from '../fixtures/reports/cohort';

const REPORTS = Number(process.env['REPORTS'] ?? 200);
const root = process.cwd();
const bench = readFileSync(join(root, 'tests/bench/3-insights.bench.mjs'), 'utf8');
const functionSource = (name: string) => {
  const start = bench.indexOf(`function ${name}(`);
  return bench.slice(start, bench.indexOf('\n}\n', start) + 2);
};
interface Generator {
  catalogue: () => unknown;
  makeReports: (options: object) => Promise<unknown>;
}
// eslint-disable-next-line @typescript-eslint/no-implied-eval -- the bench's own generator, as text
const generator = new Function(
  'readdirSync',
  'readFileSync',
  'join',
  'parse',
  'root',
  'window',
  `${functionSource('catalogue')}\nasync ${functionSource('makeReports')}\nreturn { catalogue, makeReports };`,
) as (...dependencies: unknown[]) => Generator;
const make = generator(readdirSync, readFileSync, join, parse, root, globalThis);
await make.makeReports({
  content: make.catalogue(),
  reports: REPORTS,
  perReport: 300,
  compressed: false,
});
const files = (globalThis as unknown as { __benchFiles: File[] }).__benchFiles;
// DUMP=<file>: only write the reports' texts (a JSON list) for tests/bench/check-profile.ts.
if (process.env['DUMP']) {
  writeFileSync(process.env['DUMP'], JSON.stringify(await Promise.all(files.map((f) => f.text()))));
  process.exit(0);
}

const started = performance.now();
const done = new Promise<FromWorker>((resolve) => {
  const intake = createIntake((message) => {
    if (message.type === 'read-done') resolve(message);
  });
  intake({
    type: 'read',
    files: files.map((file, index) => ({ index, file, name: file.name })),
    // CATALOGUE=<file>: the built insights page's catalogue (its island's props), for the real courses.
    courses: process.env['CATALOGUE']
      ? (JSON.parse(readFileSync(process.env['CATALOGUE'], 'utf8')) as typeof cohort).courses
      : cohort.courses,
    now: new Date().toISOString(),
  });
});
const result = await done;
if (result.type === 'read-done') {
  const ok = result.outcomes.filter((outcome) => outcome.ok).length;
  const ms = (n: number) => `${(n / 1000).toFixed(2)} s`;
  console.log(
    `${REPORTS} reports, ${ok} read: ${ms(performance.now() - started)}; open ${ms(result.timings.open)}, parse and check ${ms(result.timings.check)}, summarise ${ms(result.timings.summarise)}`,
  );
}
