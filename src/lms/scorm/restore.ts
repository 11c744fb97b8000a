/**
 * The statements that rebuild a learner's place in a course from the LMS's resume data, on a computer
 * whose own record does not have it. Each says it was restored from the LMS (context extension
 * `restored-from`), so nobody reading the record mistakes it for the learner acting now. A quiz gets
 * its best attempt and, if different, its latest: the number of attempts is not rebuilt.
 */
import type { ActivityRef, StatementDraft, Verb } from '../../record/api';
import type { LmsCourse, LmsStep } from '../course';
import type { StepState } from './suspend-data';

function draft(
  course: LmsCourse,
  step: LmsStep,
  verb: Verb,
  result?: StatementDraft['result'],
): StatementDraft {
  const activity: ActivityRef = { kind: step.kind, id: step.id, title: step.title };
  return {
    verb,
    activity,
    ...(result ? { result } : {}),
    context: {
      revision: step.revision,
      ...(step.kind === 'lesson'
        ? { parent: { kind: 'module', id: step.moduleId, title: step.moduleTitle } }
        : {}),
      course: { kind: 'course', id: course.id, title: course.title },
      extensions: { 'restored-from': 'lms' },
    },
  };
}

const scoreOf = (percent: number) => ({ scaled: percent / 100, raw: percent, min: 0, max: 100 });

function stepDrafts(course: LmsCourse, step: LmsStep, state: StepState): StatementDraft[] {
  if (state.quiz) {
    const { passed, best, latest } = state.quiz;
    const passMark = step.passMark ?? 100;
    const attempt = (percent: number, success: boolean) =>
      draft(course, step, success ? 'passed' : 'failed', { score: scoreOf(percent), success });
    const drafts = [attempt(best, passed || best >= passMark)];
    if (latest !== best) drafts.push(attempt(latest, latest >= passMark));
    return drafts;
  }
  if (state.endings) {
    return state.endings.map((at) => {
      const ending = step.endings![at]!;
      return draft(course, step, 'completed', {
        completion: true,
        response: ending,
        extensions: { ending },
      });
    });
  }
  if (state.practice) {
    const { raw, max } = state.practice;
    return [
      draft(course, step, 'completed', {
        completion: true,
        score: { scaled: max ? raw / max : 0, raw, min: 0, max },
      }),
    ];
  }
  if (!state.done) return [];
  return [
    draft(course, step, 'completed', step.kind === 'lesson' ? undefined : { completion: true }),
  ];
}

/** Statements for every step the resume data names, in the course's order. */
export function restoreDrafts(
  course: LmsCourse,
  states: ReadonlyMap<string, StepState>,
): StatementDraft[] {
  return course.steps.flatMap((step) => {
    const state = states.get(step.id);
    return state ? stepDrafts(course, step, state) : [];
  });
}
