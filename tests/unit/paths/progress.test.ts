/**
 * Progress on paths and assignments, and "may need help": the learner's own view. The PMO's view is
 * the same function over the same statements (tests/unit/insights/aggregate.test.ts checks its words).
 */
import { describe, expect, it } from 'vitest';
import { indexRecord, stepStatus } from '../../../src/record/projections';
import { buildStatement } from '../../../src/record/xapi/statements';
import { assignmentsIn } from '../../../src/paths/assignments/record';
import { completedAt, finishedAt } from '../../../src/paths/completion';
import {
  assignmentProgress,
  byWhatIsDueFirst,
  helpText,
  pathProgress,
  STUCK_AFTER_DAYS,
  type AssignmentProgress,
} from '../../../src/paths/progress';
import { refFromText, refToText, resolveRefs, stepsOf } from '../../../src/paths/steps';
import { assignment, catalogue, govCourse, learners, NOW } from '../../fixtures/reports/cohort';
import { statementsOf } from '../../fixtures/reports/simulate';

const [ada, ben, cat, cy, di] = learners.map(statementsOf);

describe('path refs', () => {
  it('round-trip through their short text form, add-ons included', () => {
    for (const text of ['c:gov', 'm:gov-roles?', 's:gov-board'])
      expect(refToText(refFromText(text)!)).toBe(text);
    expect(refFromText('x:gov')).toBeNull();
    expect(refFromText('s:Not An Id')).toBeNull();
  });

  it('resolve against the outline, reporting what is missing', () => {
    const { items, missing } = resolveRefs(catalogue.courses, [
      { kind: 'module', id: 'gov-tolerances', optional: false },
      { kind: 'step', id: 'gov-board', optional: true },
      { kind: 'step', id: 'gone', optional: false },
    ]);
    expect(items.map((item) => [item.title, item.label, item.steps.length])).toEqual([
      ['Tolerances', 'Module of Governance basics', 2],
      ['A board that decides', 'Lesson', 1],
    ]);
    expect(missing).toEqual([{ kind: 'step', id: 'gone', optional: false }]);
  });
});

describe('progress on a path', () => {
  const items = resolveRefs(catalogue.courses, [
    { kind: 'module', id: 'gov-roles', optional: false },
    { kind: 'step', id: 'gov-tolerance-basics', optional: true },
  ]).items;

  it('is complete when the required parts are, whatever the add-ons', () => {
    const progress = pathProgress(indexRecord(ada!.slice(0, 14)), items);
    expect(progress).toMatchObject({
      status: 'completed',
      done: 1,
      total: 1,
      stepsDone: 4,
      stepsTotal: 4,
      next: null,
    });
    expect(progress.items.map((item) => item.status)).toEqual(['completed', 'not-started']);
  });

  it('says where to continue from and how many steps are done', () => {
    const progress = pathProgress(indexRecord(cy!), items);
    expect(progress).toMatchObject({ status: 'in-progress', stepsDone: 3, stepsTotal: 4 });
    expect(progress.next?.id).toBe('gov-roles-quiz');
  });

  it('has not started with nothing recorded', () => {
    expect(pathProgress(indexRecord([]), items)).toMatchObject({
      status: 'not-started',
      stepsDone: 0,
      lastActivityAt: null,
    });
  });
});

describe('an assignment in the record', () => {
  it('is read back once, with its due date fixed when it was added', () => {
    const [stored, ...others] = assignmentsIn([...ben!, ...ben!.slice(0, 1)]);
    expect(others).toEqual([]);
    expect(stored).toMatchObject({
      id: assignment.id,
      title: 'Governance path',
      pathId: 'gov-path',
      assignedBy: 'Priya Shah',
      team: 'Corporate PMO',
      due: { kind: 'within', days: 14 },
      dueDate: '2026-11-16',
      refs: [{ kind: 'course', id: 'gov', optional: false }],
    });
  });

  it('flags overdue, failed twice and stuck, in plain words', () => {
    const help = (statements: typeof ben) =>
      assignmentProgress(
        indexRecord(statements!),
        assignmentsIn(statements!)[0]!,
        catalogue.courses,
        NOW,
      ).help.map(helpText);
    expect(help(ben)).toEqual([
      'Overdue: it was due on 16 November 2026.',
      'Not yet passed "Check: roles" after 2 attempts.',
    ]);
    expect(help(cat)).toEqual([
      'Overdue: it was due on 4 December 2026.',
      `No progress for 20 days; the next step is "A board that decides".`,
    ]);
    expect(help(cy)).toEqual([]);
    expect(help(di)).toEqual([]); // not started yet, and not yet due
    expect(STUCK_AFTER_DAYS).toBe(14);
  });

  it('calls a path stuck from exactly 14 days without activity, not a moment before', () => {
    const index = indexRecord(cat!);
    const assigned = assignmentsIn(cat!)[0]!;
    const last = assignmentProgress(index, assigned, catalogue.courses, NOW).progress
      .lastActivityAt!;
    const stuckAt = (ms: number) =>
      assignmentProgress(index, assigned, catalogue.courses, new Date(last + ms)).help.some(
        (reason) => reason.kind === 'stuck',
      );
    const day = 24 * 60 * 60 * 1000;
    expect(stuckAt(14 * day)).toBe(true);
    expect(stuckAt(14 * day - 1)).toBe(false);
  });

  it('is never overdue once complete', () => {
    const view = assignmentProgress(
      indexRecord(ada!),
      assignmentsIn(ada!)[0]!,
      catalogue.courses,
      new Date('2027-06-01T12:00:00Z'),
    );
    expect(view.progress.status).toBe('completed');
    expect(view.overdue).toBe(false);
    expect(view.help).toEqual([]);
  });
});

describe('completion dates for certificates', () => {
  const steps = stepsOf(
    resolveRefs(catalogue.courses, [{ kind: 'course', id: 'gov', optional: false }]).items,
  );

  it('agree with the record projections on which steps are done', () => {
    for (const statements of [ada, ben, cat, cy, di]) {
      const index = indexRecord(statements!);
      const times = finishedAt(statements!, steps);
      for (const step of govCourse.modules.flatMap((module) => module.steps)) {
        expect(times.has(step.id), `${step.id}`).toBe(stepStatus(index, step) === 'completed');
      }
    }
  });

  it.each([
    [['completed', 'reopened'], false],
    [['completed', 'reopened', 'experienced'], true],
  ] as const)('count a lesson marked not done only once it is done again (%j)', (verbs, done) => {
    const lesson = steps.find((step) => step.kind === 'lesson')!;
    const statements = verbs.map((verb, minute) =>
      buildStatement(
        { verb, activity: { kind: 'lesson', id: lesson.id, title: lesson.title } },
        {
          activityBase: 'https://sideline.example/activities/',
          learner: { id: 'learner-1' },
          now: () => new Date(Date.UTC(2026, 10, 25, 9, minute)),
        },
      ),
    );
    expect(finishedAt(statements, steps).has(lesson.id)).toBe(done);
    expect(stepStatus(indexRecord(statements), lesson) === 'completed').toBe(done);
    if (done) {
      expect(finishedAt(statements, steps).get(lesson.id)).toBe(
        Date.parse(statements[2]!.timestamp),
      );
    }
  });

  it('date a path by its last required step, or not at all while one is left', () => {
    const last = ada!
      .filter((s) => s.object.definition?.name?.['en-GB'] === 'gov-tolerances-quiz')
      .pop();
    expect(completedAt(ada!, steps)).toBe(Date.parse(last!.timestamp));
    expect(completedAt(cy!, steps)).toBeNull();
  });
});

describe('the order of a learner’s assignments', () => {
  it('puts what is due soonest first, then what has no due date, then what is done', () => {
    const entry = (id: string, dueDate: string | null, status: 'completed' | 'in-progress') =>
      ({
        assignment: { id, dueDate },
        progress: { status },
      }) as unknown as AssignmentProgress;
    const ordered = byWhatIsDueFirst([
      entry('done', '2026-11-01', 'completed'),
      entry('no-date', null, 'in-progress'),
      entry('later', '2027-02-01', 'in-progress'),
      entry('overdue', '2026-11-20', 'in-progress'),
    ]);
    expect(ordered.map((item) => item.assignment.id)).toEqual([
      'overdue',
      'later',
      'no-date',
      'done',
    ]);
  });
});
