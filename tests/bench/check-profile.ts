// Times the statement check alone (src/reports/fast-check.ts) over statements already parsed, the
// way the insights workers meet them. Bundled like intake-profile.ts, and given the reports it
// wrote with DUMP=<file>: `node .check-profile.mjs <file>`.
import { readFileSync } from 'node:fs';
import { surelyValidStatement } from '../../src/reports/fast-check';

const texts = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as string[];
const reports = texts.map((text) => (JSON.parse(text) as { statements: unknown[] }).statements);
// The machine is shared: the best of several rounds, in CPU time, says most about the code.
let best = Infinity;
let valid = 0;
for (let round = 0; round < 8; round += 1) {
  valid = 0;
  const started = process.cpuUsage();
  for (const statements of reports)
    for (const statement of statements) if (surelyValidStatement(statement)) valid += 1;
  best = Math.min(best, process.cpuUsage(started).user / 1000);
}
const count = reports.reduce((sum, statements) => sum + statements.length, 0);
console.log(
  `${count} statements, ${valid} valid: best round ${best.toFixed(0)} ms CPU, ${((best * 1000) / count).toFixed(2)} µs each`,
);
