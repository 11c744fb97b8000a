/**
 * An imported record naming content this site does not have: statements about a removed step or
 * course are the learner's own history and are kept (never counted as progress); an assignment naming
 * a path, course, module or step this site does not have is left out, and the learner is told which.
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { KnownContent, LearningRecord, StatementDraft } from '../../../src/record/api';
import { createLearningRecord } from '../../../src/record/create';
import { indexRecord, myLearning } from '../../../src/record/projections';
import { buildStatement } from '../../../src/record/xapi/statements';
import { boardAssignment, fileWithAssignment } from '../../fixtures/records/assigned';
import { catalogue } from '../../fixtures/records/catalogue';
import { goodFile } from '../../fixtures/records/files';

const known: KnownContent = { courses: catalogue.courses, pathIds: ['new-sponsor'] };
const opened: (LearningRecord & { close(): void })[] = [];
let counter = 0;

async function openRecord() {
  counter += 1;
  const record = await createLearningRecord({
    storage: undefined,
    databaseName: `references-${counter}`,
  });
  opened.push(record);
  return record;
}

afterEach(() => {
  for (const record of opened.splice(0)) record.close();
});

describe('an assignment naming content this site does not have is left out, with its title', () => {
  test.each([
    ['path', { pathId: 'retired-path' }],
    ['course', { refs: [{ kind: 'course' as const, id: 'retired-course', optional: false }] }],
    ['module', { refs: [{ kind: 'module' as const, id: 'retired-module', optional: true }] }],
    ['step', { refs: [{ kind: 'step' as const, id: 'retired-step', optional: false }] }],
  ])('a %s', async (_kind, change) => {
    const record = await openRecord();
    // This device already holds the learner's progress: the rest of the file merges into it.
    await record.importRecord(JSON.stringify(goodFile(3)));
    const before = await record.statements();
    const file = fileWithAssignment(undefined, { ...boardAssignment, ...change });
    expect(await record.importRecord(JSON.stringify(file), { known })).toEqual({
      ok: true,
      added: 9,
      alreadyThere: 3,
      saved: true,
      notImported: ['Before your first board'],
    });
    const after = await record.statements();
    expect(after).toHaveLength(12);
    expect(after.slice(0, 3)).toEqual(before);
    expect(after.some((s) => s.object.id.includes('assignment-'))).toBe(false);
  });

  test('an assignment naming only content this site has is imported', async () => {
    const record = await openRecord();
    expect(await record.importRecord(JSON.stringify(fileWithAssignment()), { known })).toEqual({
      ok: true,
      added: 13,
      alreadyThere: 0,
      saved: true,
    });
  });
});

describe('a statement about a step or course this site does not have', () => {
  const learner = goodFile().learner;
  const about = (draft: StatementDraft, n: number) =>
    buildStatement(draft, {
      activityBase: 'https://sideline.example/activities/',
      learner,
      now: () => new Date(Date.UTC(2026, 10, 21, 9, n)),
      newId: () => `00000000-0000-4000-8000-0000000001${String(n).padStart(2, '0')}`,
    });
  const removedStep = about(
    {
      verb: 'completed',
      activity: { kind: 'lesson', id: 'removed-lesson', title: 'A lesson since removed' },
      context: { course: { kind: 'course', id: 'sponsor-induction', title: 'Sponsor induction' } },
    },
    1,
  );
  const removedCourse = about(
    {
      verb: 'completed',
      activity: { kind: 'course', id: 'retired-course', title: 'A retired course' },
    },
    2,
  );

  test.each([
    ['step', removedStep],
    ['course', removedCourse],
  ])(
    '(a %s) is kept, counted for the learner, and never counted as progress',
    async (_kind, statement) => {
      const record = await openRecord();
      const file = { ...goodFile(2), statements: [...goodFile(2).statements, statement] };
      expect(await record.importRecord(JSON.stringify(file), { known })).toEqual({
        ok: true,
        added: 3,
        alreadyThere: 0,
        saved: true,
        unknownContent: 1,
      });
      const statements = await record.statements();
      expect(statements).toContainEqual(statement);
      // Steps done and each course's status are as if it were not there (its time may still count
      // as recent activity in its course: the learner did do something then).
      const progress = (list: typeof statements) => {
        const groups = myLearning(indexRecord(list), catalogue);
        return [...groups.inProgress, ...groups.completed, ...groups.notStarted].map((course) => ({
          id: course.course.id,
          status: course.status,
          done: course.done,
          total: course.total,
        }));
      };
      expect(progress(statements)).toEqual(progress(goodFile(2).statements));
    },
  );
});
