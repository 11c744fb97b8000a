import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { test } from 'vitest';
import { quizSchema } from '../../src/schemas/quiz';
import { parseWithFriendlyErrors, formatProblem } from '../../src/lib/friendly-errors';
test('print', () => {
const dir = 'tests/fixtures/quizzes';
for (const f of readdirSync(dir)) {
  const r = parseWithFriendlyErrors(quizSchema, parse(readFileSync(`${dir}/${f}`, 'utf8')), `x/${f}`);
  console.log(r.ok ? `${f} OK` : r.problems.map(formatProblem).join('\n'));
}
});
