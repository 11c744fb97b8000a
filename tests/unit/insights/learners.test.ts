/**
 * One learner is one id: reports with the same learner id are merged (each statement once, ids
 * compared as values), the newest report's name is shown, and different names are said, not hidden.
 */
import { describe, expect, it } from 'vitest';
import {
  addReport,
  mergeInto,
  nameConflictText,
  newBucket,
  shownName,
  type LearnerBucket,
} from '../../../src/insights/learners';
import { summariseLearner } from '../../../src/insights/summary';
import type { ReadReport } from '../../../src/reports/read';
import { learners, NOW } from '../../fixtures/reports/cohort';
import { statementsOf } from '../../fixtures/reports/simulate';

const ada = statementsOf(learners[0]!);

function report(createdAt: string, name: string | undefined, count = ada.length): ReadReport {
  return {
    learnerId: 'learner-ada',
    name,
    createdAt,
    scope: { kind: 'everything' },
    statements: ada.slice(0, count),
  };
}

function merged(...reports: ReadReport[]): LearnerBucket {
  const buckets = new Map<string, LearnerBucket>();
  for (const each of reports) addReport(buckets, each);
  expect(buckets.size).toBe(1);
  return buckets.get('learner-ada')!;
}

describe('two reports from one learner', () => {
  it('count each statement once, whichever report holds it', () => {
    const bucket = merged(
      report('2026-12-03T09:00:00.000Z', 'Ada', 10),
      report('2026-12-05T09:00:00.000Z', 'Ada'),
    );
    expect(bucket.statements.size).toBe(ada.length);
    expect(bucket.reports).toBe(2);
  });

  it('compare statement ids as UUIDs: the same id in capitals is one statement', () => {
    const shouted = ada.map((statement) => ({ ...statement, id: statement.id.toUpperCase() }));
    const bucket = merged(report('2026-12-03T09:00:00.000Z', 'Ada'), {
      ...report('2026-12-05T09:00:00.000Z', 'Ada'),
      statements: shouted,
    });
    expect(bucket.statements.size).toBe(ada.length);
    expect(summariseLearner(bucket, [], NOW).statements).toBe(ada.length);
  });

  it('compare learner ids exactly: "learner-ada" and "Learner-Ada" are two learners', () => {
    const buckets = new Map<string, LearnerBucket>();
    addReport(buckets, report('2026-12-03T09:00:00.000Z', 'Ada'));
    addReport(buckets, { ...report('2026-12-05T09:00:00.000Z', 'Ada'), learnerId: 'Learner-Ada' });
    expect([...buckets.keys()]).toEqual(['learner-ada', 'Learner-Ada']);
  });

  it.each([
    ['older first', ['2026-12-03T09:00:00.000Z', '2026-12-05T09:00:00.000Z']],
    ['newer first', ['2026-12-05T09:00:00.000Z', '2026-12-03T09:00:00.000Z']],
  ])('show the newer report’s name and say the names differ (%s)', (_, [first, second]) => {
    const names: Record<string, string> = {
      '2026-12-03T09:00:00.000Z': 'Ada Lovelace',
      '2026-12-05T09:00:00.000Z': 'Ada King',
    };
    const bucket = merged(report(first!, names[first!]), report(second!, names[second!]));
    expect(shownName(bucket)).toBe('Ada King');
    expect(nameConflictText(bucket)).toBe(
      "Two reports for learner learner-ada had different names: 'Ada Lovelace' (3 Dec) and 'Ada King' (5 Dec); shown as 'Ada King', the newer.",
    );
    const summary = summariseLearner(bucket, [], NOW);
    expect(summary.label).toBe('Ada King');
    expect(summary.nameConflict).toBe(nameConflictText(bucket));
  });

  it('compare when reports were made as instants, not as text', () => {
    // 23:30 on the 4th in New York is 04:30 on the 5th in London: after 03:00 on the 5th.
    const bucket = merged(
      report('2026-12-05T03:00:00.000Z', 'Ada Lovelace'),
      report('2026-12-04T23:30:00.000-05:00', 'Ada King'),
    );
    expect(shownName(bucket)).toBe('Ada King');
  });

  it('say nothing when the names agree or only one report gives a name', () => {
    expect(
      nameConflictText(
        merged(
          report('2026-12-03T09:00:00.000Z', 'Ada'),
          report('2026-12-05T09:00:00.000Z', 'Ada'),
        ),
      ),
    ).toBeNull();
    const one = merged(
      report('2026-12-03T09:00:00.000Z', 'Ada'),
      report('2026-12-05T09:00:00.000Z', undefined),
    );
    expect(nameConflictText(one)).toBeNull();
    expect(shownName(one)).toBe('Ada');
  });

  it('list three names, with years when they differ', () => {
    const bucket = merged(
      report('2025-12-30T09:00:00.000Z', 'A'),
      report('2026-01-02T09:00:00.000Z', 'B'),
      report('2026-12-05T09:00:00.000Z', 'C'),
    );
    expect(nameConflictText(bucket)).toBe(
      "Three reports for learner learner-ada had different names: 'A' (30 Dec 2025), 'B' (2 Jan 2026) and 'C' (5 Dec 2026); shown as 'C', the newest.",
    );
  });

  it('keep the names when a worker hands the learner over to another', () => {
    const here = merged(report('2026-12-03T09:00:00.000Z', 'Ada Lovelace', 5));
    const there = newBucket('learner-ada');
    mergeInto(there, ada.slice(3), [['Ada King', '2026-12-05T09:00:00.000Z']]);
    mergeInto(there, [...here.statements.values()], [...here.names]);
    expect(there.statements.size).toBe(ada.length);
    expect(nameConflictText(there)).toMatch(/^Two reports .* shown as 'Ada King', the newer\.$/);
  });
});
