import { describe, expect, test } from 'vitest';
import type { ActivityRef, StatementDraft } from '../../../src/record/api';
import {
  courseProgress,
  type CourseProgress,
  type CourseShape,
  indexRecord,
  moduleProgress,
  myLearning,
  quizResult,
  resumePoint,
  scenarioEndings,
  stepStatus,
} from '../../../src/record/projections';
import { buildStatement } from '../../../src/record/xapi/statements';
import type { Statement } from '../../../src/record/xapi/schema';
import { catalogue, emptyCourse, pmoCourse, sponsorCourse } from '../../fixtures/records/catalogue';
import { statementsFor } from '../../fixtures/records/generate';

const sponsor: ActivityRef = {
  kind: 'course',
  id: 'sponsor-induction',
  title: 'Sponsor induction',
};
const pmo: ActivityRef = { kind: 'course', id: 'pmo-basics', title: 'PMO basics' };

/** Statements one minute apart, in the order given. */
function history(...drafts: StatementDraft[]): Statement[] {
  let minute = 0;
  return drafts.map((draft) =>
    buildStatement(draft, {
      activityBase: 'https://sideline.example/activities/',
      learner: { id: 'learner-1' },
      now: () => new Date(Date.UTC(2026, 10, 25, 9, minute++)),
    }),
  );
}

const lesson = (
  id: string,
  verb: 'experienced' | 'completed' | 'reopened' = 'completed',
  course = sponsor,
) =>
  ({
    verb,
    activity: { kind: 'lesson', id, title: id },
    context: { course },
  }) satisfies StatementDraft;

const quizAttempt = (id: string, scaled: number, passed: boolean, course = sponsor) =>
  ({
    verb: passed ? 'passed' : 'failed',
    activity: { kind: 'quiz', id, title: id },
    result: { score: { scaled }, success: passed },
    context: { course },
  }) satisfies StatementDraft;

const answer = (quizId: string, questionId: string) => {
  const quiz: ActivityRef = { kind: 'quiz', id: quizId, title: quizId };
  return {
    verb: 'answered',
    activity: { kind: 'question', id: `${quizId}/${questionId}`, title: questionId },
    result: { response: 'sro', success: true },
    context: { parent: quiz, course: sponsor },
  } satisfies StatementDraft;
};

describe('when a step is done', () => {
  test('a lesson is done when read to the end (experienced) or marked done (completed)', () => {
    const index = indexRecord(history(lesson('what-you-own', 'experienced'), lesson('up-and-out')));
    expect(stepStatus(index, { kind: 'lesson', id: 'what-you-own' })).toBe('completed');
    expect(stepStatus(index, { kind: 'lesson', id: 'up-and-out' })).toBe('completed');
    expect(stepStatus(index, { kind: 'lesson', id: 'setting-tolerances' })).toBe('not-started');
  });

  test.each<[string, ('experienced' | 'completed' | 'reopened')[], string]>([
    ['marked done, then not done', ['completed', 'reopened'], 'in-progress'],
    ['read to the end, then marked not done', ['experienced', 'reopened'], 'in-progress'],
    ['marked not done, then done again', ['completed', 'reopened', 'completed'], 'completed'],
    [
      'done twice, undone once: the latest mark wins',
      ['experienced', 'completed', 'reopened'],
      'in-progress',
    ],
  ])('a lesson %s is %s', (_, verbs, status) => {
    const index = indexRecord(history(...verbs.map((verb) => lesson('what-you-own', verb))));
    expect(stepStatus(index, { kind: 'lesson', id: 'what-you-own' })).toBe(status);
  });

  test('a video is in progress until completed', () => {
    const video = { kind: 'video', id: 'why-sponsors-matter-video', title: 'Video' } as const;
    const partway = indexRecord(history({ verb: 'progressed', activity: video }));
    expect(stepStatus(partway, video)).toBe('in-progress');
    const finished = indexRecord(
      history({ verb: 'progressed', activity: video }, { verb: 'completed', activity: video }),
    );
    expect(stepStatus(finished, video)).toBe('completed');
  });

  test('a quiz with answers but no pass is in progress; a pass completes it', () => {
    const quiz = { kind: 'quiz', id: 'sponsor-accountability-quiz' } as const;
    expect(stepStatus(indexRecord(history(answer(quiz.id, 'q1'))), quiz)).toBe('in-progress');
    expect(stepStatus(indexRecord(history(quizAttempt(quiz.id, 0.5, false))), quiz)).toBe(
      'in-progress',
    );
    expect(
      stepStatus(
        indexRecord(history(quizAttempt(quiz.id, 0.5, false), quizAttempt(quiz.id, 0.8, true))),
        quiz,
      ),
    ).toBe('completed');
  });

  test('a quiz "completed" with success counts as passed; without success it does not', () => {
    const quiz = { kind: 'quiz', id: 'q', title: 'Quiz' } as const;
    const failed = history({ verb: 'completed', activity: quiz, result: { success: false } });
    const passed = history({ verb: 'completed', activity: quiz, result: { success: true } });
    expect(stepStatus(indexRecord(failed), quiz)).toBe('in-progress');
    expect(stepStatus(indexRecord(passed), quiz)).toBe('completed');
  });
});

describe('quiz results and scenario endings', () => {
  test('best and latest score, pass, and attempts', () => {
    const index = indexRecord(
      history(
        quizAttempt('sponsor-accountability-quiz', 0.5, false),
        quizAttempt('sponsor-accountability-quiz', 0.875, true),
        quizAttempt('sponsor-accountability-quiz', 0.625, false),
      ),
    );
    expect(quizResult(index, 'sponsor-accountability-quiz')).toEqual({
      bestPercent: 88,
      latestPercent: 63,
      passed: true,
      attempts: 3,
    });
    expect(quizResult(index, 'sponsor-tolerances-quiz')).toEqual({ passed: false, attempts: 0 });
  });

  test('scenario endings reached, once each, in the order first reached', () => {
    const scenario = {
      kind: 'scenario',
      id: 'helpful-rescue',
      title: 'The helpful rescue',
    } as const;
    const ending = (id: string) =>
      ({
        verb: 'completed',
        activity: scenario,
        result: { response: id },
      }) satisfies StatementDraft;
    const index = indexRecord(
      history(
        ending('borrowed-success'),
        ending('coach-of-the-season'),
        ending('borrowed-success'),
      ),
    );
    expect(scenarioEndings(index, 'helpful-rescue')).toEqual([
      'borrowed-success',
      'coach-of-the-season',
    ]);
    expect(stepStatus(index, scenario)).toBe('completed');
  });

  test('a decision in a scenario puts the scenario in progress', () => {
    const scenario: ActivityRef = { kind: 'scenario', id: 'helpful-rescue', title: 'Rescue' };
    const index = indexRecord(
      history({
        verb: 'answered',
        activity: { kind: 'decision', id: 'helpful-rescue/respond-to-sponsor', title: 'Respond' },
        result: { response: 'decline' },
        context: { parent: scenario },
      }),
    );
    expect(stepStatus(index, scenario)).toBe('in-progress');
  });
});

describe('module and course progress', () => {
  test('counts done steps out of all steps, with a status in words', () => {
    const index = indexRecord(history(lesson('what-you-own'), lesson('up-and-out')));
    const [first, second] = sponsorCourse.modules;
    expect(first && moduleProgress(index, first)).toMatchObject({
      done: 2,
      total: 5,
      status: 'in-progress',
    });
    expect(second && moduleProgress(index, second)).toMatchObject({
      done: 0,
      total: 3,
      status: 'not-started',
    });
    expect(courseProgress(index, sponsorCourse)).toMatchObject({
      done: 2,
      total: 8,
      status: 'in-progress',
      href: '/courses/sponsor-induction/',
    });
  });

  test('a course is completed when every step is done', () => {
    const index = indexRecord(
      history(
        lesson('coach-dont-play', 'experienced', pmo),
        quizAttempt('pmo-services-quiz', 1, true, pmo),
      ),
    );
    expect(courseProgress(index, pmoCourse)).toMatchObject({
      done: 2,
      total: 2,
      status: 'completed',
      next: null,
    });
  });

  test('a course with no steps is not started, not completed', () => {
    expect(courseProgress(indexRecord([]), emptyCourse)).toMatchObject({
      done: 0,
      total: 0,
      status: 'not-started',
      next: null,
    });
  });

  test('steps carry their quiz result and scenario endings for the course page', () => {
    const index = indexRecord(history(quizAttempt('sponsor-accountability-quiz', 0.8, true)));
    const steps = courseProgress(index, sponsorCourse).modules[0]?.steps ?? [];
    expect(steps.map((s) => [s.step.id, s.status, s.quiz?.bestPercent ?? null])).toEqual([
      ['why-sponsors-matter-video', 'not-started', null],
      ['what-you-own', 'not-started', null],
      ['up-and-out', 'not-started', null],
      ['helpful-rescue', 'not-started', null],
      ['sponsor-accountability-quiz', 'completed', 80],
    ]);
  });
});

describe('progress from ids and kinds alone (a step page’s navigation sends no titles or links)', () => {
  const slim = {
    id: sponsorCourse.id,
    modules: sponsorCourse.modules.map((module) => ({
      id: module.id,
      steps: module.steps.map(({ kind, id }) => ({ kind, id })),
    })),
  };
  const states = (progress: CourseProgress<CourseShape>) => ({
    done: progress.done,
    total: progress.total,
    status: progress.status,
    modules: progress.modules.map((m) => [m.module.id, m.done, m.total, m.status]),
    steps: progress.modules.flatMap((m) =>
      m.steps.map((s) => [s.step.id, s.status, s.quiz?.bestPercent ?? null]),
    ),
  });

  test.each([
    ['nothing done', history()],
    ['a lesson done', history(lesson('what-you-own'))],
    ['a quiz passed', history(quizAttempt('sponsor-accountability-quiz', 0.8, true))],
    ['a quiz failed', history(quizAttempt('sponsor-accountability-quiz', 0.4, false))],
  ])('%s: the same counts and states as from the whole outline', (_, statements) => {
    const index = indexRecord(statements);
    expect(states(courseProgress(index, slim))).toEqual(
      states(courseProgress(index, sponsorCourse)),
    );
  });
});

describe('where to continue', () => {
  const nextId = (statements: Statement[]) =>
    resumePoint(indexRecord(statements), sponsorCourse)?.id;
  const videoWatched = {
    verb: 'completed',
    activity: { kind: 'video', id: 'why-sponsors-matter-video', title: 'Why sponsors matter' },
    context: { course: sponsor },
  } satisfies StatementDraft;

  test('the first step when nothing is recorded', () => {
    expect(nextId([])).toBe('why-sponsors-matter-video');
  });

  test('the first step not done, in the course order', () => {
    expect(nextId(history(videoWatched, lesson('what-you-own')))).toBe('up-and-out');
  });

  test('never past a step left undone: a skipped video comes before the lessons after it', () => {
    expect(nextId(history(lesson('what-you-own'), lesson('up-and-out')))).toBe(
      'why-sponsors-matter-video',
    );
  });

  test('skips steps already done', () => {
    const scenarioDone = {
      verb: 'completed',
      activity: { kind: 'scenario', id: 'helpful-rescue', title: 'Rescue' },
      result: { response: 'x' },
    } satisfies StatementDraft;
    expect(
      nextId(history(videoWatched, lesson('what-you-own'), scenarioDone, lesson('up-and-out'))),
    ).toBe('sponsor-accountability-quiz');
  });

  test('a quiz not passed is not done: it is where to continue', () => {
    const before = [videoWatched, lesson('what-you-own'), lesson('up-and-out')];
    const scenarioDone = {
      verb: 'completed',
      activity: { kind: 'scenario', id: 'helpful-rescue', title: 'Rescue' },
      result: { response: 'x' },
    } satisfies StatementDraft;
    expect(
      nextId(
        history(...before, scenarioDone, quizAttempt('sponsor-accountability-quiz', 0.4, false)),
      ),
    ).toBe('sponsor-accountability-quiz');
  });

  test('an earlier step left undone comes first, even when everything after it is done', () => {
    const laterDone = ['setting-tolerances', 'forecast-breach'].map((id) => lesson(id));
    expect(nextId(history(...laterDone, quizAttempt('sponsor-tolerances-quiz', 1, true)))).toBe(
      'why-sponsors-matter-video',
    );
  });
});

describe('My learning', () => {
  test('lists courses in progress (latest first), completed and not started', () => {
    const index = indexRecord(
      history(
        lesson('coach-dont-play', 'completed', pmo),
        lesson('what-you-own'),
        quizAttempt('pmo-services-quiz', 0.9, true, pmo),
      ),
    );
    const result = myLearning(index, {
      courses: [sponsorCourse, pmoCourse, emptyCourse],
    });
    expect({
      inProgress: result.inProgress.map((p) => p.course.id),
      completed: result.completed.map((p) => p.course.id),
      notStarted: result.notStarted.map((p) => p.course.id),
    }).toEqual({
      inProgress: ['sponsor-induction'],
      completed: ['pmo-basics'],
      notStarted: ['coming-soon'],
    });
  });

  test('two courses in progress are listed most recent first', () => {
    const index = indexRecord(
      history(lesson('what-you-own'), lesson('coach-dont-play', 'completed', pmo)),
    );
    expect(myLearning(index, catalogue).inProgress.map((p) => p.course.id)).toEqual([
      'pmo-basics',
      'sponsor-induction',
    ]);
  });

  test('a large record gives the same answers as a small one would (10,000 statements)', () => {
    const index = indexRecord(statementsFor(10_000, catalogue));
    const progress = catalogue.courses.map((course) => courseProgress(index, course));
    // The generator does every step; quizzes are passed on some attempts.
    expect(progress.map((p) => [p.course.id, p.done, p.total, p.status])).toEqual([
      ['sponsor-induction', 8, 8, 'completed'],
      ['pmo-basics', 2, 2, 'completed'],
    ]);
  });
});
