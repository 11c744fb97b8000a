import { describe, expect, it } from 'vitest';
import type { StatementDraft } from '../../../../src/record/api';
import type { OutlineModule } from '../../../../src/record/projections';
import { buildStatement } from '../../../../src/record/xapi/statements';
import {
  moduleStanding,
  NOTHING_REPORTED,
  reportsDue,
  type ModuleStanding,
  type Reported,
  type SessionFacts,
} from '../../../../src/lms/cmi5/satisfaction';

const module: OutlineModule = {
  id: 'm1',
  title: 'Module one',
  steps: [
    { kind: 'lesson', id: 'l1', title: 'Lesson one', href: '/courses/c/l1/' },
    { kind: 'lesson', id: 'l2', title: 'Lesson two', href: '/courses/c/l2/' },
    { kind: 'quiz', id: 'q1', title: 'Quiz', href: '/courses/c/q1/' },
  ],
};

let minute = 0;
function statement(draft: StatementDraft) {
  minute += 1;
  return buildStatement(draft, {
    activityBase: 'https://sideline.example/activities/',
    learner: { id: 'me' },
    now: () => new Date(Date.UTC(2026, 11, 5, 20, minute)),
  });
}
const lessonRead = (id: string) =>
  statement({ verb: 'experienced', activity: { kind: 'lesson', id, title: id } });
const quizTaken = (verb: 'passed' | 'failed', scaled: number) =>
  statement({
    verb,
    activity: { kind: 'quiz', id: 'q1', title: 'Quiz' },
    result: { success: verb === 'passed', score: { scaled } },
  });

describe('how far the learner is through a module, from the record', () => {
  it('counts the steps done and keeps the best and the latest quiz score', () => {
    const statements = [lessonRead('l1'), quizTaken('passed', 0.9), quizTaken('failed', 0.5)];
    const standing = moduleStanding(statements, module, 'q1');
    expect(standing).toMatchObject({ percent: 67, completed: false, best: 0.9 });
    expect(standing.latest?.scaled).toBe(0.5);
  });

  it('is complete when every step is done', () => {
    const statements = [lessonRead('l1'), lessonRead('l2'), quizTaken('passed', 0.8)];
    expect(moduleStanding(statements, module, 'q1')).toMatchObject({
      percent: 100,
      completed: true,
    });
  });
});

describe('the cmi5 statements due', () => {
  const session: SessionFacts = { launchMode: 'Normal', masteryScore: 0.75, startedAt: 1000 };
  const standing = (over: Partial<ModuleStanding>): ModuleStanding => ({
    percent: 0,
    completed: false,
    ...over,
  });
  const reported = (over: Partial<Reported>): Reported => ({ ...NOTHING_REPORTED, ...over });
  const verbs = (s: ModuleStanding, r: Reported, f: SessionFacts = session) =>
    reportsDue(s, r, f).reports.map((report) => report.verb);

  it.each([
    ['nothing done yet: nothing', standing({}), reported({}), session, []],
    ['a step done: progressed', standing({ percent: 33 }), reported({}), session, ['progressed']],
    ['no change: nothing', standing({ percent: 33 }), reported({ percent: 33 }), session, []],
    [
      'the quiz passed and every step done: passed, then completed',
      standing({ percent: 100, completed: true, best: 0.8, latest: { scaled: 0.8, at: 2000 } }),
      reported({ percent: 67 }),
      session,
      ['progressed', 'passed', 'completed'],
    ],
    [
      'completed and passed in an earlier session: never again in the registration',
      standing({ percent: 100, completed: true, best: 0.8 }),
      reported({ percent: 100, completed: true, passed: true }),
      session,
      [],
    ],
    [
      'a failed attempt in this session: failed',
      standing({ percent: 67, best: 0.5, latest: { scaled: 0.5, at: 2000 } }),
      reported({ percent: 67 }),
      session,
      ['failed'],
    ],
    [
      'a second failed attempt in the session: failed only once',
      standing({ percent: 67, best: 0.6, latest: { scaled: 0.6, at: 3000 } }),
      reported({ percent: 67, failed: true }),
      session,
      [],
    ],
    [
      'a failed attempt from before this session: not this session’s to report',
      standing({ percent: 67, best: 0.5, latest: { scaled: 0.5, at: 500 } }),
      reported({ percent: 67 }),
      session,
      [],
    ],
    [
      "the LMS's higher mastery score decides, not the quiz's pass mark",
      standing({ percent: 67, best: 0.8, latest: { scaled: 0.8, at: 2000 } }),
      reported({ percent: 67 }),
      { ...session, masteryScore: 0.9 },
      ['failed'],
    ],
    [
      'a Browse launch: progress only, nothing towards satisfaction',
      standing({ percent: 100, completed: true, best: 1, latest: { scaled: 1, at: 2000 } }),
      reported({}),
      { ...session, launchMode: 'Browse' as const },
      ['progressed'],
    ],
    [
      'a module without a quiz: completed, never passed',
      standing({ percent: 100, completed: true }),
      reported({ percent: 50 }),
      { ...session, masteryScore: undefined },
      ['progressed', 'completed'],
    ],
  ])('%s', (_name, s, r, f, expected) => {
    expect(verbs(s, r, f)).toEqual(expected);
  });

  it('sends the best score with passed and says what is now reported', () => {
    const due = reportsDue(
      standing({ percent: 100, completed: true, best: 0.9, latest: { scaled: 0.8, at: 2000 } }),
      reported({ percent: 100 }),
      session,
    );
    expect(due.reports).toEqual([{ verb: 'passed', scaled: 0.9 }, { verb: 'completed' }]);
    expect(due.reported).toEqual({ percent: 100, completed: true, passed: true, failed: false });
  });
});
