/**
 * The resume data an LMS keeps: it fits SCORM 1.2's 4,096 characters for the largest course whatever
 * the learner has done, and rebuilding the record from it on another computer gives the learner the
 * same place in the course (what the course page shows, and what the LMS is told).
 */
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../../../src/content/integration';
import { courseExtras, lmsCourse, type LmsCourse } from '../../../../src/lms/course';
import { courseOutcome } from '../../../../src/lms/outcome';
import { restoreDrafts } from '../../../../src/lms/scorm/restore';
import {
  SCORM12_SUSPEND_DATA_LIMIT,
  decodeSuspendData,
  encodeSuspendData,
  stepKey,
} from '../../../../src/lms/scorm/suspend-data';
import type { StatementDraft } from '../../../../src/record/api';
import { courseProgress, indexRecord, quizResult } from '../../../../src/record/projections';
import { outlineOf } from '../../../../src/lms/course';
import { statementSchema } from '../../../../src/record/xapi/schema';
import { buildStatement } from '../../../../src/record/xapi/statements';

process.env['SIDELINE_SKIP_VIDEO_CHECK'] = '1'; // the rendered videos are not this test's subject
const { content, tree } = validateContent(process.cwd());
const courses = tree.courses.map((course) => lmsCourse(course, courseExtras(content)));

let clock = Date.parse('2026-11-01T09:00:00Z');
function statementsOf(drafts: readonly StatementDraft[]) {
  return drafts.map((draft) =>
    buildStatement(draft, {
      activityBase: content.site.activityBase,
      learner: { id: 'learner-1' },
      now: () => new Date((clock += 1000)),
    }),
  );
}

const ref = (course: LmsCourse) => ({
  kind: 'course' as const,
  id: course.id,
  title: course.title,
});
/** Everything a learner can leave in a course, as much of it as there can be. */
function everythingDone(course: LmsCourse, quizAttempts: number): StatementDraft[] {
  return course.steps.flatMap((step): StatementDraft[] => {
    const activity = { kind: step.kind, id: step.id, title: step.title };
    const context = { course: ref(course), revision: step.revision };
    switch (step.kind) {
      case 'quiz':
        return Array.from({ length: quizAttempts }, (_, attempt) => ({
          verb: attempt === quizAttempts - 1 ? 'passed' : 'failed',
          activity,
          result: { score: { scaled: attempt === quizAttempts - 1 ? 1 : 0.33, raw: 1, max: 3 } },
          context,
        }));
      case 'scenario':
        return step.endings!.map((ending) => ({
          verb: 'completed',
          activity,
          result: { completion: true, response: ending },
          context,
        }));
      case 'practice':
        return [
          {
            verb: 'completed',
            activity,
            result: { score: { scaled: 1, raw: 12, max: 12 } },
            context,
          },
        ];
      default:
        return [{ verb: 'completed', activity, context }];
    }
  });
}

describe('suspend data', () => {
  it('fits SCORM 1.2 for the largest course, with every step done and every quiz taken 1,500 times', () => {
    const lengths = courses.map((course) => {
      const data = encodeSuspendData(
        indexRecord(statementsOf(everythingDone(course, 1500))),
        course,
      );
      expect(decodeSuspendData(data, course).size).toBe(course.steps.length);
      return data.length;
    });
    const largest = Math.max(...lengths);
    expect(largest).toBeLessThanOrEqual(SCORM12_SUSPEND_DATA_LIMIT);
    console.log(`Largest suspend_data: ${largest} of ${SCORM12_SUSPEND_DATA_LIMIT} characters.`);
  });

  it('gives every step of every course its own key', () => {
    for (const course of courses) {
      const keys = new Set(course.steps.map((step) => stepKey(step.id)));
      expect(keys.size).toBe(course.steps.length);
    }
  });

  it('rebuilds the same place in the course on another computer', () => {
    const course = courses[0]!;
    const quizzes = course.steps.filter((step) => step.kind === 'quiz');
    const lesson = course.steps.find((step) => step.kind === 'lesson')!;
    const scenario = course.steps.find((step) => step.kind === 'scenario')!;
    const practice = course.steps.find((step) => step.kind === 'practice')!;
    const context = (step: (typeof course.steps)[number]) => ({
      course: ref(course),
      revision: step.revision,
    });
    const attempt = (
      step: (typeof quizzes)[number],
      verb: 'passed' | 'failed',
      scaled: number,
    ): StatementDraft => ({
      verb,
      activity: { kind: 'quiz', id: step.id, title: step.title },
      result: { score: { scaled } },
      context: context(step),
    });
    const original = statementsOf([
      {
        verb: 'experienced',
        activity: { kind: 'lesson', id: lesson.id, title: lesson.title },
        context: context(lesson),
      },
      attempt(quizzes[0]!, 'passed', 0.9),
      attempt(quizzes[0]!, 'failed', 0.5),
      attempt(quizzes[1]!, 'failed', 0.4),
      {
        verb: 'completed',
        activity: { kind: 'scenario', id: scenario.id, title: scenario.title },
        result: { completion: true, response: scenario.endings!.at(-1)! },
        context: context(scenario),
      },
      {
        verb: 'completed',
        activity: { kind: 'practice', id: practice.id, title: practice.title },
        result: { completion: true, score: { scaled: 0.5, raw: 2, max: 4 } },
        context: context(practice),
      },
    ]);
    const data = encodeSuspendData(indexRecord(original), course);

    const restored = statementsOf(restoreDrafts(course, decodeSuspendData(data, course)));
    for (const statement of restored)
      expect(statementSchema.safeParse(statement).success).toBe(true);
    const [before, after] = [indexRecord(original), indexRecord(restored)];
    const progress = (index: typeof before) =>
      courseProgress(index, outlineOf(course)).modules.flatMap((m) =>
        m.steps.map((s) => [s.step.id, s.status]),
      );
    expect(progress(after)).toEqual(progress(before));
    for (const quiz of quizzes.slice(0, 2)) {
      expect({ ...quizResult(after, quiz.id), attempts: 0 }).toEqual({
        ...quizResult(before, quiz.id),
        attempts: 0,
      });
    }
    expect(courseOutcome(after, course)).toEqual(courseOutcome(before, course));
    // The same data again, but for how many times each quiz was taken (not rebuilt).
    const attemptsLeftOut = (text: string) => text.replace(/(~\d+~)\d+/g, '$1n');
    expect(attemptsLeftOut(encodeSuspendData(after, course))).toBe(attemptsLeftOut(data));
  });

  it.each([
    ['empty', ''],
    ['another format', 's9|abcd:d'],
    ['a step no longer in the course', 's1|zzzz:d'],
    [
      'a quiz score over 100',
      `s1|${stepKey(courses[0]!.steps.find((s) => s.kind === 'quiz')!.id)}:p101~1~1`,
    ],
    [
      'a lesson written as a quiz',
      `s1|${stepKey(courses[0]!.steps.find((s) => s.kind === 'lesson')!.id)}:p90~90~1`,
    ],
    [
      'an ending the scenario does not have',
      `s1|${stepKey(courses[0]!.steps.find((s) => s.kind === 'scenario')!.id)}:e99`,
    ],
  ])('credits nothing from %s', (_case, data) => {
    const states = decodeSuspendData(data, courses[0]!);
    expect(restoreDrafts(courses[0]!, states)).toEqual([]);
  });
});
