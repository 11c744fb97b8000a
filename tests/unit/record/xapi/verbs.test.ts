/**
 * A statement means what its verb id says, never what its display text says: the schema admits only
 * verb ids Sideline writes (ADL's, and our own under the statement's own activity base), every reader
 * goes by the id, and an assignment keeps counting whether it was recorded as `assigned` (now) or as
 * `attempted` (before 2026-12).
 */
import { describe, expect, test } from 'vitest';
import { assignmentsIn, assignmentStatement } from '../../../../src/paths/assignments/record';
import { indexRecord, quizResult, stepStatus } from '../../../../src/record/projections';
import { statementSchema, type Statement } from '../../../../src/record/xapi/schema';
import { buildStatement, verbOf } from '../../../../src/record/xapi/statements';
import { verbIri, verbNamed } from '../../../../src/record/xapi/verbs';
import { surelyValidStatement } from '../../../../src/reports/fast-check';
import { assignment } from '../../../fixtures/reports/cohort';

const BASE = 'https://sideline.example/activities/';
const ctx = {
  activityBase: BASE,
  learner: { id: 'learner-1' },
  now: () => new Date('2026-12-01T09:00:00.000Z'),
  newId: () => '00000000-0000-4000-8000-000000000001',
};
const failedQuiz = buildStatement(
  {
    verb: 'failed',
    activity: { kind: 'quiz', id: 'sponsor-quiz', title: 'Quiz' },
    result: { score: { scaled: 0.2 }, success: false },
  },
  ctx,
);
const withVerb = (statement: Statement, id: string, display: string): Statement =>
  ({ ...statement, verb: { id, display: { 'en-GB': display } } }) as Statement;
const issues = (value: unknown) => {
  const result = statementSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => [i.path.join('.'), i.message]);
};

describe('verb ids', () => {
  test('ADL verbs by their ADL IRI; our own under the activity base', () => {
    expect(verbIri('passed', BASE)).toBe('http://adlnet.gov/expapi/verbs/passed');
    expect(verbIri('assigned', BASE)).toBe(`${BASE}verbs/assigned`);
    expect(verbNamed('http://adlnet.gov/expapi/verbs/passed', BASE)).toBe('passed');
    expect(verbNamed(`${BASE}verbs/assigned`, BASE)).toBe('assigned');
    expect(verbIri('reopened', BASE)).toBe(`${BASE}verbs/reopened`);
    expect(verbNamed(`${BASE}verbs/reopened`, BASE)).toBe('reopened');
    expect(verbNamed('http://adlnet.gov/expapi/verbs/attempted', BASE)).toBe('attempted');
  });

  test('anything else names no verb', () => {
    expect(verbNamed('https://evil.example/passed', BASE)).toBeUndefined();
    expect(verbNamed('http://adlnet.gov/expapi/verbs/hacked', BASE)).toBeUndefined();
    expect(verbNamed('https://evil.example/verbs/assigned', BASE)).toBeUndefined();
    expect(verbNamed(`${BASE}verbs/passed`, BASE)).toBeUndefined();
  });
});

describe('the schema refuses a verb Sideline never writes', () => {
  test('any address displayed as "passed"', () => {
    expect(issues(withVerb(failedQuiz, 'https://evil.example/passed', 'passed'))).toEqual([
      ['verb.id', 'is not a verb Sideline records'],
    ]);
  });

  test('our own verb under another address than the statement’s activity base', () => {
    expect(
      issues(withVerb(failedQuiz, 'https://evil.example/activities/verbs/assigned', 'assigned')),
    ).toEqual([['verb.id', 'is not a verb Sideline records']]);
  });

  test('a display that names another verb than the id', () => {
    expect(issues(withVerb(failedQuiz, 'http://adlnet.gov/expapi/verbs/failed', 'passed'))).toEqual(
      [['verb.display.en-GB', 'does not match the verb it names']],
    );
  });

  test('the fast report check does not vouch for either', () => {
    expect(surelyValidStatement(failedQuiz)).toBe(true);
    expect(
      surelyValidStatement(withVerb(failedQuiz, 'https://evil.example/passed', 'passed')),
    ).toBe(false);
    expect(
      surelyValidStatement(withVerb(failedQuiz, 'http://adlnet.gov/expapi/verbs/failed', 'passed')),
    ).toBe(false);
  });

  test('every verb the site writes, and the old `attempted`, pass', () => {
    expect(issues(failedQuiz)).toEqual([]);
    expect(
      issues(withVerb(failedQuiz, 'http://adlnet.gov/expapi/verbs/attempted', 'attempted')),
    ).toEqual([]);
    expect(issues(buildStatement(assignmentStatement(assignment, ctx.now()), ctx))).toEqual([]);
  });
});

describe('readers take meaning from the verb id only', () => {
  test('a failed attempt whose display was edited to "passed" still counts as failed', () => {
    // Rows already in IndexedDB are not checked again on reading: the projections must not trust display.
    const edited = withVerb(failedQuiz, 'http://adlnet.gov/expapi/verbs/failed', 'passed');
    expect(verbOf(edited)).toBe('failed');
    const index = indexRecord([edited]);
    expect(stepStatus(index, { kind: 'quiz', id: 'sponsor-quiz' })).toBe('in-progress');
    expect(quizResult(index, 'sponsor-quiz')).toMatchObject({ passed: false, attempts: 1 });
  });

  test('a statement with a made-up verb id counts for nothing', () => {
    const madeUp = withVerb(failedQuiz, 'https://evil.example/passed', 'passed');
    expect(verbOf(madeUp)).toBeUndefined();
    expect(quizResult(indexRecord([madeUp]), 'sponsor-quiz')).toMatchObject({ passed: false });
  });
});

describe('an assignment', () => {
  const added = buildStatement(assignmentStatement(assignment, ctx.now()), ctx);

  test('is recorded with our own verb `assigned`, not ADL’s `attempted`', () => {
    expect(added.verb).toEqual({
      id: 'https://sideline.example/activities/verbs/assigned',
      display: { 'en-GB': 'assigned' },
    });
    expect(verbOf(added)).toBe('assigned');
  });

  test('recorded the old way (`attempted`, before 2026-12) still counts, the same', () => {
    const old = withVerb(added, 'http://adlnet.gov/expapi/verbs/attempted', 'attempted');
    expect(statementSchema.safeParse(old).success).toBe(true);
    expect(assignmentsIn([old])).toEqual(assignmentsIn([added]));
    expect(assignmentsIn([old])).toHaveLength(1);
  });

  test('`attempted` on anything but a path is not an assignment', () => {
    expect(
      assignmentsIn([
        withVerb(failedQuiz, 'http://adlnet.gov/expapi/verbs/attempted', 'attempted'),
      ]),
    ).toEqual([]);
  });
});
