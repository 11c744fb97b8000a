/**
 * The fast statement check may be stricter than the record's statementSchema, never looser: whatever
 * it calls valid, the schema must pass. Every statement the site writes must pass it (or it would not
 * be fast). Checked on the cohort's statements and thousands of mutations of them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { surelyValidStatement } from '../../../src/reports/fast-check';
import { statementSchema } from '../../../src/record/xapi/schema';
import { mutations, statements, VALUES } from '../../fixtures/reports/mutations';

describe('the fast statement check', () => {
  it('passes every statement the site writes', () => {
    expect(statements.length).toBeGreaterThan(40);
    for (const statement of statements) expect(surelyValidStatement(statement)).toBe(true);
  });

  it('never passes a statement the schema refuses', () => {
    let tried = 0;
    let refusedBySchema = 0;
    for (const { candidate, label } of mutations()) {
      tried += 1;
      const schema = statementSchema.safeParse(candidate).success;
      if (!schema) refusedBySchema += 1;
      if (surelyValidStatement(candidate)) expect(schema, label).toBe(true);
    }
    expect(tried).toBeGreaterThan(5000);
    expect(refusedBySchema).toBeGreaterThan(tried / 2);
  }, 120_000);
});

/** Timestamps and ids near the edges of the rules the check applies by hand, with the verdict. */
const TIMESTAMPS: [string, boolean][] = [
  ['2026-11-01T09:00:00.000Z', true],
  ['2024-02-29T23:59:59.999Z', true],
  ['2000-02-29T00:00:00.000Z', true],
  ['0000-01-01T00:00:00.000Z', true],
  ['9999-12-31T23:59:59.999Z', true],
  ['2026-02-29T09:00:00.000Z', false],
  ['2100-02-29T09:00:00.000Z', false],
  ['2026-04-31T09:00:00.000Z', false],
  ['2026-12-32T09:00:00.000Z', false],
  ['2026-13-01T09:00:00.000Z', false],
  ['2026-00-10T09:00:00.000Z', false],
  ['2026-11-00T09:00:00.000Z', false],
  ['2026-11-01T24:00:00.000Z', false],
  ['2026-11-01T09:60:00.000Z', false],
  ['2026-11-01T09:00:60.000Z', false],
  ['2026-11-01T09:00:00.000+00:00', false],
  ['2026-11-01 09:00:00.000Z', false],
];
const IDS: [string, boolean][] = [
  ['0f8fad5b-d9cb-469f-a165-70867728950e', true],
  ['0f8fad5b-d9cb-169f-8165-70867728950e', true],
  ['0f8fad5b-d9cb-869f-b165-70867728950e', true],
  ['0F8FAD5B-D9CB-469F-A165-70867728950E', false],
  ['0f8fad5b-d9cb-069f-a165-70867728950e', false],
  ['0f8fad5b-d9cb-969f-a165-70867728950e', false],
  ['0f8fad5b-d9cb-469f-c165-70867728950e', false],
  ['0f8fad5b-d9cb-469f-a165-70867728950', false],
  ['0f8fad5b-d9cb-469f-a165-70867728950e0', false],
  ['0f8fad5bd-9cb-469f-a165-70867728950e', false],
  ['0f8fad5b-d9cb-469f-a165-70867728950g', false],
];
const EDGES = [...TIMESTAMPS, ...IDS].map(([value]) => value);

describe('the fast check, made faster, keeps its verdicts', () => {
  const statement = structuredClone(statements[0]!);
  it.each(TIMESTAMPS)('timestamp %s: valid %s', (timestamp, valid) => {
    expect(surelyValidStatement({ ...statement, timestamp })).toBe(valid);
  });
  it.each(IDS)('id %s: valid %s', (id, valid) => {
    expect(surelyValidStatement({ ...statement, id })).toBe(valid);
  });

  // Recorded from the check before it was made faster (RECORD_VERDICTS=1 writes them again): one
  // character per damaged statement, 1 where the check passed it.
  const recorded = join(import.meta.dirname, '../../fixtures/reports/fast-check-verdicts.txt');
  it('over every damaged statement, passes exactly those it passed before', () => {
    const verdicts = [...mutations([...VALUES, ...EDGES])].map(({ candidate }) =>
      surelyValidStatement(candidate) ? '1' : '0',
    );
    if (process.env['RECORD_VERDICTS']) writeFileSync(recorded, `${verdicts.join('')}\n`);
    const before = readFileSync(recorded, 'utf8').trim();
    expect(verdicts).toHaveLength(before.length);
    expect(verdicts.filter((v) => v === '1').length).toBeGreaterThan(1000);
    const changed = [...mutations([...VALUES, ...EDGES])]
      .filter((_, i) => verdicts[i] !== before[i])
      .map(({ label }) => label);
    expect(changed).toEqual([]);
  }, 120_000);
});
