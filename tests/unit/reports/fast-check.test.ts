/**
 * The fast statement check may be stricter than the record's statementSchema, never looser: whatever
 * it calls valid, the schema must pass. Every statement the site writes must pass it (or it would not
 * be fast). Checked on the cohort's statements and thousands of mutations of them.
 */
import { describe, expect, it } from 'vitest';
import { surelyValidStatement } from '../../../src/reports/fast-check';
import { statementSchema } from '../../../src/record/xapi/schema';
import { learners } from '../../fixtures/reports/cohort';
import { statementsOf } from '../../fixtures/reports/simulate';

const statements = learners.flatMap(statementsOf);

/** Values that break one rule or another of the schema, and some that keep them. */
const VALUES: unknown[] = [
  undefined,
  null,
  true,
  0,
  -2,
  1.5,
  Number.NaN,
  '',
  'x',
  'a\u0000b',
  'line\nbreak',
  'right-to-left \u202e',
  '<script>alert(1)</script>',
  'https://sideline.example/activities/x',
  'http://x y',
  'not an iri',
  'x'.repeat(301),
  'x'.repeat(6001),
  '2026-11-01T09:00:00.000Z',
  '2026-02-30T09:00:00.000Z',
  '2026-11-01T09:00:00Z',
  'PT4M',
  'P',
  '00000000-0000-4000-8000-000000000001',
  '00000000-0000-0000-0000-000000000001',
  'experienced',
  'hacked',
  'Agent',
  'Activity',
  '1.0.3',
  [],
  ['a', 1],
  [{}],
  Array.from({ length: 101 }, () => 1),
  {},
  { 'en-GB': 'A name' },
  { 'en-GB': '<b>x</b>' },
  { scaled: 0.5 },
  { scaled: 2 },
  { a: 1 },
  { a: [1] },
  // Interaction fields: types xAPI has that Sideline does not write, patterns and components.
  'choice',
  'likert',
  ['a[,]b'],
  [{ id: 'a', description: { 'en-GB': 'A' } }],
  [{ id: 'a' }],
  [{ id: '', description: { 'en-GB': 'A' } }],
  [{ id: 'a', description: { 'en-GB': '<i>A</i>' } }],
];

/** Every path to a value inside an object, so each can be replaced or removed. */
function paths(value: unknown, prefix: string[] = []): string[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const out: string[][] = prefix.length ? [prefix] : [];
  for (const key of Object.keys(value))
    out.push(...paths((value as Record<string, unknown>)[key], [...prefix, key]));
  return out;
}

function mutate(
  statement: unknown,
  path: string[],
  change: { value: unknown } | 'delete' | { addKey: string },
): unknown {
  const copy = structuredClone(statement) as Record<string, unknown>;
  let parent: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
  const last = path[path.length - 1]!;
  if (change === 'delete') delete parent[last];
  else if ('addKey' in change) {
    const target = parent[last];
    if (typeof target !== 'object' || target === null) return copy;
    (target as Record<string, unknown>)[change.addKey] = 'extra';
  } else parent[last] = change.value;
  return copy;
}

describe('the fast statement check', () => {
  it('passes every statement the site writes', () => {
    expect(statements.length).toBeGreaterThan(40);
    for (const statement of statements) expect(surelyValidStatement(statement)).toBe(true);
  });

  it('never passes a statement the schema refuses', () => {
    let tried = 0;
    let refusedBySchema = 0;
    const samples = [
      statements[0]!,
      statements[1]!,
      statements[6]!,
      statements[9]!,
      statements[13]!,
      statements.find((s) => s.object.id.includes('/decision/'))!,
      statements.find((s) => s.object.id.includes('/question/'))!,
    ];
    for (const statement of samples) {
      for (const path of paths(statement)) {
        const changes: ({ value: unknown } | 'delete' | { addKey: string })[] = [
          'delete',
          { addKey: 'unknown' },
          ...VALUES.map((value) => ({ value })),
        ];
        for (const change of changes) {
          const candidate = mutate(statement, path, change);
          tried += 1;
          const schema = statementSchema.safeParse(candidate).success;
          if (!schema) refusedBySchema += 1;
          if (surelyValidStatement(candidate))
            expect(schema, `${path.join('.')} ← ${JSON.stringify(change)}`).toBe(true);
        }
      }
    }
    expect(tried).toBeGreaterThan(5000);
    expect(refusedBySchema).toBeGreaterThan(tried / 2);
  }, 120_000);
});
